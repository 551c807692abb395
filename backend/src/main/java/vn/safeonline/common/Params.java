package vn.safeonline.common;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Query parameter parsing with a 400 that names the parameter and the allowed values. */
public final class Params {
    private Params() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) return null;
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ApiException.field(name, "UnknownValue", "Giá trị '" + value + "' không hợp lệ; cho phép: " + allowed);
        }
    }
}
