package vn.safeonline.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** page (1-based), size (capped at 100) and sort ("field,-other") of a list request. */
public class PageParams {
    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("1")
    @Min(1)
    @Max(100000)
    @Parameter(description = "1-based page number", example = "1")
    public int page = 1;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "page size, at most 100", example = "20")
    public int size = 20;

    @QueryParam("sort")
    @Size(max = 200)
    @Pattern(regexp = "^$|^-?[a-zA-Z]+(,-?[a-zA-Z]+)*$", message = "{vn.safeonline.sort}")
    @Parameter(description = "comma-separated fields, '-' for descending", example = "-updatedAt")
    public String sort;

    public int offset() {
        return (page - 1) * size;
    }

    /**
     * Builds an ORDER BY from the sort parameter; {@code allowed} maps API field names to JPQL paths.
     * An unknown field is a 400 naming the allowed ones.
     */
    public String orderBy(Map<String, String> allowed, String defaultSort, String tieBreaker) {
        String s = sort == null || sort.isBlank() ? defaultSort : sort;
        List<String> parts = new ArrayList<>();
        for (String token : s.split(",")) {
            boolean desc = token.startsWith("-");
            String field = desc ? token.substring(1) : token;
            String path = allowed.get(field);
            if (path == null) {
                throw ApiException.field("sort", "UnknownField",
                        "Không sắp xếp được theo '" + field + "'; các trường được phép: " + String.join(", ", allowed.keySet()),
                        "Cannot sort by '" + field + "'; the fields allowed: " + String.join(", ", allowed.keySet()));
            }
            parts.add(path + (desc ? " desc nulls last" : " asc nulls last"));
        }
        parts.add(tieBreaker);
        return String.join(", ", parts);
    }
}
