package vn.safeonline.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Makes the generated contract what integrators need: the bearer scheme without role "scopes",
 * and the problem+json error responses on every operation.
 * Runs when the build writes the contract (the document served at {@code /q/openapi} is that one): at run time Quarkus
 * only reads and serves it, which keeps the filter out of each start.
 */
@io.quarkus.smallrye.openapi.OpenApiFilter(stages = io.quarkus.smallrye.openapi.OpenApiFilter.RunStage.BUILD)
public class OpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null) {
            var scopes = new java.util.LinkedHashMap<String, String>(Scopes.ALL);
            openAPI.getComponents().addSecurityScheme("client", OASFactory.createSecurityScheme()
                    .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.OAUTH2)
                    .description("System clients: the OAuth 2.0 client-credentials grant (form-encoded POST /api/auth/token). An operation open to "
                            + "system clients lists the scope it needs; the others are for people only (403 insufficient-scope).")
                    .flows(OASFactory.createOAuthFlows().clientCredentials(OASFactory.createOAuthFlow().tokenUrl("/api/auth/token").scopes(scopes))));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) return;
        for (Map.Entry<String, PathItem> e : openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : e.getValue().getOperations().entrySet()) {
                Operation operation = op.getValue();
                boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty()
                        && operation.getSecurity().stream().anyMatch(s -> s.getSchemes() != null && !s.getSchemes().isEmpty());
                if (secured) {
                    SecurityRequirement bearer = OASFactory.createSecurityRequirement().addScheme("bearer", List.of());
                    Object scope = operation.getExtensions() == null ? null : operation.getExtensions().get(Scopes.EXTENSION);
                    dropScopeExtension(operation.getResponses()); // a method-level @Extension lands on its responses too
                    if (scope != null) {
                        // open to system clients too: the client-credentials token with this scope (any client for Scopes.ANY)
                        SecurityRequirement client = OASFactory.createSecurityRequirement()
                                .addScheme("client", Scopes.ANY.equals(scope) ? List.of() : List.of(scope.toString()));
                        operation.setSecurity(List.of(bearer, client));
                    } else {
                        operation.setSecurity(List.of(bearer));
                    }
                } else {
                    operation.setSecurity(null);
                }
                APIResponses responses = operation.getResponses();
                if (responses == null) continue;
                if (op.getKey() == PathItem.HttpMethod.GET) conditional(operation, responses);
                boolean body = op.getKey() == PathItem.HttpMethod.POST || op.getKey() == PathItem.HttpMethod.PUT;
                boolean byId = e.getKey().contains("{");
                boolean hasParams = operation.getParameters() != null && !operation.getParameters().isEmpty();
                if (body || hasParams) add(responses, "400", "Invalid input (problem+json; errors[] names the fields)");
                if (secured) {
                    add(responses, "401", "Missing, invalid or expired token");
                    add(responses, "403", "The caller's role or organisation may not do this");
                }
                if (byId) add(responses, "404", "Does not exist, or the caller may not see it");
                if (body) {
                    add(responses, "409", "Conflicts with the current state (business rule)");
                    add(responses, "422", "Well-formed but refused by a business rule (errors[] names the fields)");
                }
                boolean ifMatch = hasParams && operation.getParameters().stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
                if (operation.getExtensions() != null && operation.getExtensions().containsKey(Scopes.EXTENSION)) {
                    add(responses, "429", "A system client's allowance per minute is used up (every answer to a client carries the RateLimit and "
                            + "RateLimit-Policy headers); Retry-After says in how many seconds to try again");
                }
                if (e.getKey().startsWith("/api/public/")) {
                    add(responses, "429", "Too many requests from this client; the Retry-After header says in how many seconds to try again");
                }
                if (ifMatch) {
                    add(responses, "412", "The If-Match version is not the current one");
                    add(responses, "428", "If-Match is required");
                }
                add(responses, "500", "An unexpected error (problem+json internal; the details are in the server log, never in the answer)");
            }
        }
        describeJwt(openAPI);
        vietnamTimeExamples(openAPI);
        declareRateLimitHeaders(openAPI);
        bound(openAPI);
    }

    // ---- The contract lint (Spectral spectral:oas + OWASP API Security, frontend/.spectral.yaml) ----

    /**
     * The shared date and date-time schemas carry an example in Vietnam's time (the API answers in +07:00, the business
     * clock's zone), not SmallRye's generic one; a property with its own example keeps it.
     */
    private static void vietnamTimeExamples(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) return;
        Schema dateTime = openAPI.getComponents().getSchemas().get("OffsetDateTime");
        if (dateTime != null) dateTime.setExamples(List.of("2026-05-29T08:00:00+07:00"));
        Schema date = openAPI.getComponents().getSchemas().get("LocalDate");
        if (date != null) date.setExamples(List.of("2026-05-28"));
    }

    /** Per RFC 8725 (JWT best current practices), which both token kinds follow. */
    private static void describeJwt(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null) return;
        String jwt = " Tokens are JWS signed with RS256 (the key named by kid in /.well-known/jwks.json) and checked per RFC8725: "
                + "the algorithm is fixed by the server (none and HMAC are refused), and issuer, audience and expiry are verified.";
        var bearer = openAPI.getComponents().getSecuritySchemes().get("bearer");
        if (bearer != null) {
            bearer.setDescription("People: the token from POST /api/auth/token or POST /api/auth/refresh (15 minutes by default; the refresh token is an HttpOnly cookie)." + jwt);
        }
        var client = openAPI.getComponents().getSecuritySchemes().get("client");
        if (client != null && client.getDescription() != null && !client.getDescription().contains("RFC8725")) {
            client.setDescription(client.getDescription() + " The token lives 15 minutes; there is no refresh token (RFC 6749 §4.4.3): ask again." + jwt);
        }
    }

    /**
     * Every 2xx and 4xx answer declares the {@code RateLimit} and {@code RateLimit-Policy} headers (IETF
     * draft-ietf-httpapi-ratelimit-headers) that {@code auth/ClientScopeFilter} sends to system clients, and every 429
     * declares {@code Retry-After} (system clients, {@code common/PublicRateLimit}, the login throttle). The headers are
     * optional: people and anonymous callers do not get the RateLimit pair.
     */
    private static void declareRateLimitHeaders(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) return;
        openAPI.getComponents().addHeader("RateLimit", OASFactory.createHeader()
                .description("The system client's remaining allowance, e.g. \"client\";r=598;t=42 (r requests left, t seconds until the window resets). "
                        + "Sent on every answer to a system client on the operations open to it; not sent to people or anonymous callers.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200)));
        openAPI.getComponents().addHeader("RateLimit-Policy", OASFactory.createHeader()
                .description("The system client's allowance, e.g. \"client\";q=600;w=60 (q requests per w seconds, counted in PostgreSQL across replicas). "
                        + "Sent with RateLimit.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200)));
        openAPI.getComponents().addHeader("Retry-After", OASFactory.createHeader()
                .description("Seconds to wait before trying again")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32").minimum(BigDecimal.ZERO)
                        .maximum(BigDecimal.valueOf(Integer.MAX_VALUE))));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) return;
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) continue;
                for (Map.Entry<String, APIResponse> r : operation.getResponses().getAPIResponses().entrySet()) {
                    String code = r.getKey();
                    if (!code.startsWith("2") && !code.startsWith("4")) continue;
                    APIResponse response = r.getValue();
                    if (response.getRef() != null) continue;
                    response.addHeader("RateLimit", OASFactory.createHeader().ref("#/components/headers/RateLimit"));
                    response.addHeader("RateLimit-Policy", OASFactory.createHeader().ref("#/components/headers/RateLimit-Policy"));
                    if ("429".equals(code)) response.addHeader("Retry-After", OASFactory.createHeader().ref("#/components/headers/Retry-After"));
                }
            }
        }
    }

    /** Stored text cannot be longer than the largest request body (quarkus.http.limits.max-body-size=34M). */
    static final int MAX_TEXT = 34 * 1024 * 1024;
    /** A path or query parameter lives in the request line (quarkus.http.limits.max-initial-line-length=65536), a header is smaller. */
    static final int MAX_PARAMETER = 65536;
    /** The one list envelope holds at most a page (PageParams.MAX_SIZE). */
    static final int MAX_PAGE = PageParams.MAX_SIZE;

    /**
     * Bounds on every integer, string and array the annotations leave open (the OWASP lint wants them all bounded).
     * Inputs carry their real bounds as Bean Validation ({@code @Size}, {@code @Max}...), which SmallRye writes and the
     * server enforces; these are the structural bounds of what remains (mostly answers, parameters and ids), so they
     * are true of every answer:
     * <ul>
     * <li>integers: ids (named {@code id}, {@code ...Id}, or the items of {@code ...Ids}) are PostgreSQL identity values,
     * 1..2^63-1; every other integer left open is a count, total, page, size, position, score, HTTP status, version or
 * number of days or seconds (none is negative), 0..the maximum of its format (int32 or int64);</li>
     * <li>strings: a date 10 characters (yyyy-MM-dd), a date-time 40 (ISO 8601 with nanoseconds and offset), a uuid
     * 36, a file (format binary) 2^31-1 bytes (built in memory as one array); a parameter {@link #MAX_PARAMETER}; any
     * other text {@link #MAX_TEXT}, the request-body limit, since every stored text arrived in one request;</li>
     * <li>arrays: the items of a page {@link #MAX_PAGE}; other lists 2^31-1 (a Java list), as lists that can grow
     * without bound are paged.</li>
     * </ul>
     */
    private static void bound(OpenAPI openAPI) {
        Set<Schema> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        if (openAPI.getComponents() != null) {
            if (openAPI.getComponents().getSchemas() != null) {
                for (Map.Entry<String, Schema> s : openAPI.getComponents().getSchemas().entrySet()) {
                    Schema schema = s.getValue();
                    if (s.getKey().startsWith("PageResponse") && schema.getProperties() != null && schema.getProperties().get("items") != null) {
                        Schema items = schema.getProperties().get("items");
                        if (items.getMaxItems() == null) items.setMaxItems(MAX_PAGE);
                    }
                    bound(schema, s.getKey(), MAX_TEXT, seen);
                }
            }
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) return;
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            List<Parameter> parameters = new ArrayList<>();
            if (item.getParameters() != null) parameters.addAll(item.getParameters());
            for (Operation operation : item.getOperations().values()) {
                if (operation.getParameters() != null) parameters.addAll(operation.getParameters());
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) bound(operation.getRequestBody().getContent(), seen);
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                        if (response.getContent() != null) bound(response.getContent(), seen);
                        if (response.getHeaders() != null) {
                            for (Map.Entry<String, Header> h : response.getHeaders().entrySet()) {
                                if (h.getValue().getSchema() != null) bound(h.getValue().getSchema(), h.getKey(), MAX_PARAMETER, seen);
                            }
                        }
                    }
                }
            }
            for (Parameter p : parameters) {
                if (p.getSchema() != null) bound(p.getSchema(), p.getName(), MAX_PARAMETER, seen);
            }
        }
    }

    private static void bound(Content content, Set<Schema> seen) {
        if (content.getMediaTypes() == null) return;
        for (MediaType mt : content.getMediaTypes().values()) {
            if (mt.getSchema() != null) bound(mt.getSchema(), null, MAX_TEXT, seen);
        }
    }

    private static void bound(Schema s, String name, int maxText, Set<Schema> seen) {
        if (s == null || s.getRef() != null || !seen.add(s)) return;
        List<Schema.SchemaType> type = s.getType() == null ? List.of() : s.getType();
        if (type.contains(Schema.SchemaType.INTEGER)) {
            if (s.getFormat() == null) s.setFormat("int64");
            boolean int32 = "int32".equals(s.getFormat());
            boolean id = name != null && (name.equals("id") || name.endsWith("Id") || name.endsWith("Ids"));
            if (s.getMinimum() == null && s.getExclusiveMinimum() == null) {
                s.setMinimum(id ? BigDecimal.ONE : BigDecimal.ZERO);
            }
            if (s.getMaximum() == null && s.getExclusiveMaximum() == null) {
                s.setMaximum(BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
        if (type.contains(Schema.SchemaType.STRING) && s.getMaxLength() == null && s.getEnumeration() == null && s.get("const") == null) {
            String format = s.getFormat() == null ? "" : s.getFormat();
            s.setMaxLength(switch (format) {
                case "date" -> 10;
                case "date-time" -> 40;
                case "uuid" -> 36;
                case "binary" -> Integer.MAX_VALUE;
                default -> maxText;
            });
        }
        if (type.contains(Schema.SchemaType.ARRAY) && s.getMaxItems() == null) s.setMaxItems(Integer.MAX_VALUE);
        if (s.getProperties() != null) {
            for (Map.Entry<String, Schema> p : s.getProperties().entrySet()) bound(p.getValue(), p.getKey(), maxText, seen);
        }
        bound(s.getItems(), name, maxText, seen);
        bound(s.getAdditionalPropertiesSchema(), null, maxText, seen);
        for (List<Schema> list : java.util.Arrays.asList(s.getAllOf(), s.getAnyOf(), s.getOneOf())) {
            if (list != null) for (Schema x : list) bound(x, name, maxText, seen);
        }
    }

    /**
     * A JSON read answers with an ETag and honours If-None-Match with 304 (common/ConditionalGet): both declared on every GET whose
     * 200 answer is JSON, so that clients and the tests' validator know them.
     */
    private static void conditional(Operation operation, APIResponses responses) {
        APIResponse ok = responses.getAPIResponse("200");
        if (ok == null || ok.getContent() == null || ok.getContent().getMediaTypes() == null
                || !ok.getContent().getMediaTypes().containsKey("application/json")) {
            return;
        }
        boolean declared = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> ConditionalGet.IF_NONE_MATCH.equalsIgnoreCase(p.getName()));
        if (!declared) {
            operation.addParameter(OASFactory.createParameter().name(ConditionalGet.IF_NONE_MATCH)
                    .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER).required(false)
                    .description("the ETag of the copy you hold (or several, comma-separated, or *): 304 without a body when it is still current")
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(4096))
                    .example("\"3.kq0vY3NkbF9Lc2hJm7pQe1xA2bC\""));
        }
        var etag = OASFactory.createHeader().description("strong validator of this answer; send it back in If-None-Match")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(100));
        if (ok.getHeaders() == null || !ok.getHeaders().containsKey("ETag")) ok.addHeader("ETag", etag);
        if (responses.getAPIResponse("304") == null) {
            responses.addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: If-None-Match names the current ETag; no body").addHeader("ETag", etag));
        }
    }

    /** The scope extension belongs to the operation only. */
    private static void dropScopeExtension(APIResponses responses) {
        if (responses == null) return;
        if (responses.getExtensions() != null && responses.getExtensions().containsKey(Scopes.EXTENSION)) responses.removeExtension(Scopes.EXTENSION);
        if (responses.getAPIResponses() == null) return;
        for (APIResponse r : responses.getAPIResponses().values()) {
            if (r.getExtensions() != null && r.getExtensions().containsKey(Scopes.EXTENSION)) r.removeExtension(Scopes.EXTENSION);
        }
    }

    private static void add(APIResponses responses, String code, String description) {
        Schema ref = OASFactory.createSchema().ref("#/components/schemas/Problem");
        MediaType mt = OASFactory.createMediaType().schema(ref);
        Content content = OASFactory.createContent().addMediaType("application/problem+json", mt);
        APIResponse existing = responses.getAPIResponse(code);
        if (existing != null) {
            // e.g. the bare 400 generated for validated parameters: errors always carry a problem
            if (existing.getContent() == null || existing.getContent().getMediaTypes() == null || existing.getContent().getMediaTypes().isEmpty()) {
                existing.setContent(content);
            }
            return;
        }
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description).content(content));
    }
}
