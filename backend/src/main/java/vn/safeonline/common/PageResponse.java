package vn.safeonline.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The one list envelope of the API: {@code size} is always the page size asked for (or the default), never the number of items. */
public record PageResponse<T>(
        @Schema(required = true) List<T> items,
        @Schema(examples = "1", required = true, description = "1-based page number") int page,
        @Schema(examples = "20", required = true, description = "the page size asked for (the default when none was); a list that is not paged answers "
                + "everything on page 1 with size 100, the largest page, or the number of items when there are more") int size,
        @Schema(examples = "48", required = true, description = "number of items over all pages") long total) {

    /** A list that is not paged: every item on page 1, with the largest page size (more only when there are more items). */
    public static <T> PageResponse<T> whole(List<T> items) {
        return new PageResponse<>(items, 1, Math.max(PageParams.MAX_SIZE, items.size()), items.size());
    }

    public <R> PageResponse<R> map(Function<T, R> f) {
        return new PageResponse<>(items.stream().map(f).toList(), page, size, total);
    }
}
