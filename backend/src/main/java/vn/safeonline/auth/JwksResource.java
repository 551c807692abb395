package vn.safeonline.auth;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The keys that verify this server's tokens (RFC 7517), for services that accept them. */
@Path("/.well-known/jwks.json")
@Tag(name = "Auth")
public class JwksResource {
    @Inject
    TokenKeys keys;

    @GET
    @Produces("application/json")
    @Operation(operationId = "getJwks", summary = "The public keys that verify this server's tokens (JWKS, with kid)")
    public Response jwks() {
        return Response.ok(keys.jwks()).header("Cache-Control", "public, max-age=300").build();
    }
}
