package vn.safeonline.auth;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The keys that verify this server's tokens (RFC 7517), for services that accept them. */
@Path("/.well-known/jwks.json")
@Tag(name = "Auth")
public class JwksResource {
    /** The shape of the key set on the wire (the answer itself is built by TokenKeys). */
    @Schema(name = "JwkSet", description = "RFC 7517 JSON Web Key Set: the RSA public keys, each named by kid")
    public record JwkSet(@Schema(required = true, maxItems = 10) List<Jwk> keys) {
    }

    @Schema(name = "Jwk", description = "One RSA public key (RFC 7517/7518)")
    public record Jwk(@Schema(required = true, examples = "RSA") String kty, @Schema(required = true, examples = "sig") String use,
                      @Schema(required = true, examples = "RS256") String alg,
                      @Schema(required = true, description = "the key id a token's header names: the key's RFC 7638 thumbprint", examples = "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs") String kid,
                      @Schema(required = true, description = "the modulus, base64url",
                              examples = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W") String n,
                      @Schema(required = true, description = "the exponent, base64url", examples = "AQAB") String e) {
    }

    @Inject
    TokenKeys keys;

    @GET
    @Produces("application/json")
    @Operation(operationId = "getJwks", summary = "The public keys that verify this server's tokens (JWKS, with kid)",
            description = "Anyone may read it (no token): a service that accepts this server's tokens verifies their RS256 signature with the key whose "
                    + "kid the token's header names. The answer may be cached for 5 minutes (Cache-Control) and carries an ETag (If-None-Match → 304). "
                    + "On a key rotation (a new pair installed, then a restart) the kid changes: a verifier that meets an unknown kid reads this again; "
                    + "tokens signed with the old key expire within their lifespan (8 hours for people, 15 minutes for clients). An empty keys array "
                    + "means the server verifies with a key it does not hold as a local PEM (an external issuer).")
    @APIResponse(responseCode = "200", description = "The JSON Web Key Set (RFC 7517)", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = JwkSet.class)))
    public Response jwks() {
        return Response.ok(keys.jwks()).header("Cache-Control", "public, max-age=300").build();
    }
}
