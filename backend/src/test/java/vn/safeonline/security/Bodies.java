package vn.safeonline.security;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Valid-looking request bodies built from a schema: its examples, enums, bounds and formats. */
final class Bodies {
    private Bodies() {
    }

    /** An object with every property the schema declares (required or not), each with a plausible value. */
    static Object example(Schema<?> schema) {
        return example(schema, 0, true);
    }

    /** Only the required properties. */
    static Object minimal(Schema<?> schema) {
        return example(schema, 0, false);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static Object example(Schema<?> raw, int depth, boolean all) {
        Schema<?> s = Contract.resolve(raw);
        if (s == null || depth > 6) return null;
        if (s.getAllOf() != null && !s.getAllOf().isEmpty()) {
            Map<String, Object> merged = new LinkedHashMap<>();
            for (Schema part : s.getAllOf()) {
                Object o = example(part, depth + 1, all);
                if (o instanceof Map m) merged.putAll(m);
            }
            return merged;
        }
        if (s.getOneOf() != null && !s.getOneOf().isEmpty()) return example(s.getOneOf().get(0), depth + 1, all);
        if (s.getAnyOf() != null && !s.getAnyOf().isEmpty()) return example(s.getAnyOf().get(0), depth + 1, all);
        Object ex = firstExample(raw);
        if (ex == null) ex = firstExample(s);
        if (ex != null && !(ex instanceof Map) && !(ex instanceof List)) return ex;
        if (s.getEnum() != null && !s.getEnum().isEmpty()) return s.getEnum().get(0);
        String type = Contract.type(s);
        if (type == null) return s.getProperties() != null ? object(s, depth, all) : "x";
        return switch (type) {
            case "object" -> object(s, depth, all);
            case "array" -> {
                List<Object> list = new ArrayList<>();
                int n = Math.max(1, s.getMinItems() == null ? 1 : s.getMinItems());
                for (int i = 0; i < n; i++) list.add(example(s.getItems(), depth + 1, all));
                yield list;
            }
            case "integer", "number" -> {
                BigDecimal min = s.getMinimum();
                BigDecimal max = s.getMaximum();
                long v = 1;
                if (min != null && min.longValue() > v) v = min.longValue();
                if (max != null && max.longValue() < v) v = max.longValue();
                yield v;
            }
            case "boolean" -> Boolean.FALSE;
            case "string" -> string(s);
            default -> null;
        };
    }

    private static Map<String, Object> object(Schema<?> s, int depth, boolean all) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (s.getProperties() == null) return out;
        List<String> required = s.getRequired() == null ? List.of() : s.getRequired();
        s.getProperties().forEach((name, prop) -> {
            if (!all && !required.contains(name)) return;
            if (Boolean.TRUE.equals(prop.getReadOnly())) return;
            Object v = example(prop, depth + 1, all);
            if (v != null) out.put(name, v);
        });
        return out;
    }

    private static Object firstExample(Schema<?> s) {
        if (s == null) return null;
        if (s.getExamples() != null && !s.getExamples().isEmpty()) return s.getExamples().get(0);
        return s.getExample();
    }

    private static String string(Schema<?> s) {
        String format = s.getFormat();
        if ("date".equals(format)) return LocalDate.now().plusDays(3).toString();
        if ("date-time".equals(format)) return OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(3).withNano(0).toString();
        if ("uuid".equals(format)) return java.util.UUID.randomUUID().toString();
        if ("email".equals(format)) return "kiem.thu@example.vn";
        if ("uri".equals(format)) return "https://example.vn/a";
        int min = s.getMinLength() == null ? 1 : s.getMinLength();
        StringBuilder b = new StringBuilder("Kiểm thử");
        while (b.length() < min) b.append('x');
        if (s.getMaxLength() != null && b.length() > s.getMaxLength()) return b.substring(0, s.getMaxLength());
        return b.toString();
    }
}
