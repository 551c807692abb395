package vn.safeonline.security;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.safeonline.support.Api;

/**
 * The committed openapi.yaml read as a list of operations, so that the security suite covers an
 * operation the day it appears in the contract. Parsed with the swagger-parser that the request
 * validator brings to the test classpath.
 */
final class Contract {
    static final OpenAPI SPEC;

    static {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SPEC = new OpenAPIV3Parser().read(Api.CONTRACT.toUri().toString(), null, options);
        if (SPEC == null || SPEC.getPaths() == null) throw new IllegalStateException("cannot read " + Api.CONTRACT);
    }

    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    /** One operation of the contract. */
    record Op(String method, String path, Operation operation) {
        String id() {
            return operation.getOperationId() == null ? method + " " + path : operation.getOperationId();
        }

        /** Public: no security requirement, or an empty one ({@code security: [{}]}). */
        boolean isPublic() {
            var sec = operation.getSecurity() != null ? operation.getSecurity() : SPEC.getSecurity();
            return sec == null || sec.isEmpty() || sec.stream().anyMatch(r -> r == null || r.isEmpty());
        }

        /** Path parameter names in order of appearance. */
        List<String> pathParams() {
            List<String> out = new ArrayList<>();
            Matcher m = PARAM.matcher(path);
            while (m.find()) out.add(m.group(1));
            return out;
        }

        /** The collection segment just before a path parameter: {@code events} for {@code /api/events/{id}}. */
        String collectionOf(String param) {
            String[] seg = path.split("/");
            for (int i = 1; i < seg.length; i++) if (seg[i].equals("{" + param + "}")) return seg[i - 1];
            return null;
        }

        List<Parameter> parameters() {
            return operation.getParameters() == null ? List.of() : operation.getParameters();
        }

        boolean isRead() {
            return method.equals("GET") || method.equals("HEAD");
        }

        /** An endless answer (server-sent events): never read to its end. */
        boolean isStream() {
            var ok = operation.getResponses() == null ? null : operation.getResponses().get("200");
            return ok != null && ok.getContent() != null && ok.getContent().containsKey("text/event-stream");
        }

        /** The JSON request body schema, or null when the operation takes none (or takes multipart). */
        Schema<?> jsonBody() {
            if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) return null;
            MediaType mt = operation.getRequestBody().getContent().get("application/json");
            return mt == null ? null : resolve(mt.getSchema());
        }

        boolean takesMultipart() {
            return operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                    && operation.getRequestBody().getContent().containsKey("multipart/form-data");
        }

        boolean bodyRequired() {
            return operation.getRequestBody() != null && Boolean.TRUE.equals(operation.getRequestBody().getRequired());
        }

        /** The path with its parameters filled from the given values. */
        String fill(Map<String, ?> values) {
            String out = path;
            for (var e : values.entrySet()) out = out.replace("{" + e.getKey() + "}", String.valueOf(e.getValue()));
            return out;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Op> operations() {
        List<Op> ops = new ArrayList<>();
        for (Map.Entry<String, PathItem> e : SPEC.getPaths().entrySet()) {
            e.getValue().readOperationsMap().forEach((m, op) -> ops.add(new Op(m.name(), e.getKey(), op)));
        }
        return ops;
    }

    /** Follows a $ref (the parser resolves references in place, but keeps some top-level refs). */
    @SuppressWarnings("rawtypes")
    static Schema<?> resolve(Schema<?> s) {
        int guard = 0;
        while (s != null && s.get$ref() != null && guard++ < 10) {
            String name = s.get$ref().substring(s.get$ref().lastIndexOf('/') + 1);
            Schema target = SPEC.getComponents().getSchemas().get(name);
            if (target == null) return s;
            // 3.1: a $ref next to siblings (type, examples) — keep the target, siblings are hints only
            s = target;
        }
        return s;
    }

    /** The schema's type, for both 3.0 ({@code type}) and 3.1 ({@code types}). */
    static String type(Schema<?> s) {
        if (s == null) return null;
        if (s.getType() != null) return s.getType();
        if (s.getTypes() != null && !s.getTypes().isEmpty()) {
            return s.getTypes().stream().filter(t -> !"null".equals(t)).findFirst().orElse("null");
        }
        if (s.getProperties() != null) return "object";
        if (s.getEnum() != null && !s.getEnum().isEmpty()) return "string";
        return null;
    }
}
