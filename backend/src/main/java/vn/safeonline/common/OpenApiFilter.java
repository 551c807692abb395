package vn.safeonline.common;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
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
 */
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
            }
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
