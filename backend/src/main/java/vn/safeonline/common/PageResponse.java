package vn.safeonline.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The one list envelope of the API. */
public record PageResponse<T>(
        @Schema(required = true) List<T> items,
        @Schema(required = true, description = "1-based page number") int page,
        @Schema(required = true) int size,
        @Schema(required = true, description = "number of items over all pages") long total) {

    public <R> PageResponse<R> map(Function<T, R> f) {
        return new PageResponse<>(items.stream().map(f).toList(), page, size, total);
    }
}
