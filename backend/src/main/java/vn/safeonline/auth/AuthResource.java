package vn.safeonline.auth;

import io.quarkus.security.Authenticated;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.safeonline.common.ProblemMappers;
import vn.safeonline.common.Scopes;
import jakarta.ws.rs.core.MediaType;
import io.vertx.core.http.HttpServerRequest;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import vn.safeonline.common.ClientAddress;
import vn.safeonline.common.MaxUtf8Bytes;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.Problem;
import vn.safeonline.common.ProblemType;
import vn.safeonline.common.Role;
import vn.safeonline.org.OrgRef;
import vn.safeonline.user.AppUser;
import vn.safeonline.user.Passwords;

@Path("/api")
@Tag(name = "Auth", description = "Tokens and the current user")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {
    private static final Logger LOG = Logger.getLogger(AuthResource.class);

    @Schema(name = "TokenRequest")
    public record TokenRequest(
            @NotBlank @Size(max = 64) @Schema(required = true, examples = "sogddt") String username,
            @NotBlank @Size(max = Passwords.MAX_BYTES) @MaxUtf8Bytes(Passwords.MAX_BYTES)
            @Schema(required = true, examples = "demo1234", description = "at most 72 bytes in UTF-8 (bcrypt's limit)") String password) {
    }

    @Schema(name = "TokenResponse")
    public record TokenResponse(
            @Schema(examples = "eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiJzb2dkZHQifQ.c2lnbmF0dXJl", required = true) String accessToken,
            @Schema(required = true, examples = "Bearer") String tokenType,
            @Schema(required = true, description = "seconds", examples = "28800") long expiresIn) {
    }

    @Schema(name = "Me")
    public record Me(
            @Schema(examples = "42", required = true) long id,
            @Schema(required = true, examples = "sogddt") String username,
            @Schema(required = true, examples = "Nguyễn Thị Lan") String fullName,
            @Schema(required = true) List<Role> roles,
            @Schema(required = true) OrgRef organization,
            @Schema(examples = "sogddt@example.vn", description = "where email notifications go; absent when none") String email,
            @Schema(required = true, description = "whether the user receives email notifications") boolean emailNotifications) {
    }

    @Schema(name = "ClientTokenResponse", description = "An access token for a system client (RFC 6749 §5.1)")
    public record ClientTokenResponse(
            @Schema(examples = "eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiJzYy03azNtOXEycDR0eng4dzVuIn0.c2lnbmF0dXJl", required = true) @com.fasterxml.jackson.annotation.JsonProperty("access_token") String accessToken,
            @Schema(required = true, examples = "Bearer") @com.fasterxml.jackson.annotation.JsonProperty("token_type") String tokenType,
            @Schema(required = true, description = "seconds", examples = "900") @com.fasterxml.jackson.annotation.JsonProperty("expires_in") long expiresIn,
            @Schema(required = true, description = "the client's scopes, space-separated", examples = "plans:read attendees:write") String scope) {
    }

    static final String TOKEN_SUMMARY = "A person's access token (RS256 JWT) for a username and password";
    static final String TOKEN_DESCRIPTION = "People send JSON {username, password} and get a token for app.token.lifespan-seconds (default 8 hours). "
            + "System clients post to the same address form-encoded, the OAuth 2.0 client-credentials grant (RFC 6749 §4.4) described by the "
            + "\"client\" security scheme: grant_type=client_credentials, client_id and client_secret (or HTTP Basic with them), answered with "
            + "{access_token, token_type, expires_in, scope}; the token lasts app.token.client-lifespan-seconds (default 900) and carries the scopes. "
            + "Failures count toward the sign-in throttle. Tokens name their key (kid); the keys are at /.well-known/jwks.json.";

    @ConfigProperty(name = "app.token.lifespan-seconds", defaultValue = "28800")
    long lifespan;
    @ConfigProperty(name = "app.token.client-lifespan-seconds", defaultValue = "900")
    long clientLifespan;
    @Inject
    TokenKeys keys;
    @Inject
    jakarta.enterprise.inject.Instance<ClientCredentials> clients;

    @Inject
    CurrentUser me;
    @Inject
    LoginThrottle throttle;

    @POST
    @Path("auth/token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createToken", summary = TOKEN_SUMMARY, description = TOKEN_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "Wrong username or password, or unknown client, wrong or expired secret, revoked client (the same answer whether the account exists or not)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many sign-in attempts for this account or from this address; Retry-After says in how many seconds to try again",
            headers = @Header(name = "Retry-After", description = "seconds", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public TokenResponse token(@Valid @NotNull TokenRequest request, @Context HttpServerRequest http) {
        String address = ClientAddress.of(http);
        throttle.attempt(request.username(), address);
        AppUser user = AppUser.findActiveByUsername(request.username().trim().toLowerCase(Locale.ROOT)).filter(u -> !u.system).orElse(null);
        if (!Passwords.verify(request.password(), user == null ? null : user.passwordHash)) {
            LOG.infof("login refused for %s", request.username().replaceAll("[^a-zA-Z0-9_.-]", "?"));
            throttle.failed(request.username(), address);
            throw new ApiException(ProblemType.INVALID_CREDENTIALS, "Kiểm tra lại tên đăng nhập và mật khẩu");
        }
        throttle.succeeded(request.username(), address);
        return new TokenResponse(sign(user, lifespan, null), "Bearer", lifespan);
    }

    /** The one way a token is made: the account's name, id, roles and organisation, signed with the published key (kid). */
    private String sign(AppUser user, long seconds, String clientId) {
        Set<String> groups = user.roleSet().stream().map(Enum::name).collect(Collectors.toSet());
        var claims = Jwt.upn(user.username)
                .subject(Long.toString(user.id))
                .groups(groups)
                .claim("org", user.organization.id)
                .expiresIn(Duration.ofSeconds(seconds));
        if (clientId != null) claims.claim("client_id", clientId).claim("scope", String.join(" ", user.scopeSet().stream().sorted().toList()));
        String kid = keys.kid();
        return kid == null ? claims.sign() : claims.jws().keyId(kid).sign();
    }

    /**
     * The client-credentials grant on the same address, form-encoded as RFC 6749 asks. It is described by the contract's
     * "client" OAuth 2.0 security scheme (tokenUrl /api/auth/token), the way OAuth clients and generators expect it, not as a
     * second body of createToken: generated clients (openapi-generator) cannot build one operation with two kinds of body.
     */
    @POST
    @Path("auth/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public ClientTokenResponse clientToken(@FormParam("grant_type") @Size(max = 64) String grantType,
                                           @FormParam("client_id") @Size(max = 64) String clientId,
                                           @FormParam("client_secret") @Size(max = 200) String clientSecret,
                                           @HeaderParam("Authorization") String authorization, @Context HttpServerRequest http) {
        if (!"client_credentials".equals(grantType)) {
            throw ApiException.field("grant_type", "Unsupported", "Chỉ hỗ trợ grant_type=client_credentials");
        }
        if ((clientId == null || clientSecret == null) && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(java.util.Base64.getDecoder().decode(authorization.substring(6).trim()), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = "";
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                clientId = java.net.URLDecoder.decode(decoded.substring(0, colon), java.nio.charset.StandardCharsets.UTF_8);
                clientSecret = java.net.URLDecoder.decode(decoded.substring(colon + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
            throw ApiException.field("client_id", "Required", "Cần client_id và client_secret");
        }
        String address = ClientAddress.of(http);
        String key = "client:" + clientId;
        throttle.attempt(key, address);
        AppUser account = clients.isResolvable() ? clients.get().authenticate(clientId, clientSecret).orElse(null) : null;
        if (account == null) {
            throttle.failed(key, address);
            throw new ApiException(ProblemType.INVALID_CLIENT, "Kiểm tra lại client_id và client_secret");
        }
        throttle.succeeded(key, address);
        String scope = String.join(" ", account.scopeSet().stream().sorted().toList());
        return new ClientTokenResponse(sign(account, clientLifespan, clientId), "Bearer", clientLifespan, scope);
    }

    @GET
    @Path("me")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Extension(name = Scopes.EXTENSION, value = Scopes.ANY)
    @Operation(operationId = "getMe", summary = "The caller, its organisation and roles",
            description = "Any signed-in caller: a person's account (id, username, name, organisation, roles read from the database on this request, email "
                    + "and notification preference) or a system client's account with its organisation. The SPA uses it to decide what to show; the roles"
                    + " here are the ones every operation checks. Answers an ETag.")
    public Me me() {
        AppUser u = me.user();
        return new Me(u.id, u.username, u.fullName, me.roles().stream().sorted().toList(), OrgRef.of(u.organization), u.email, u.emailNotifications);
    }

    /** The throttle's refusal: 429 with Retry-After, whether the account exists or not. */
    @ServerExceptionMapper
    public Response tooManyAttempts(LoginThrottle.TooManyAttempts e, HttpHeaders h, UriInfo u) {
        Response problem = ProblemMappers.problem(ProblemType.LOGIN_THROTTLED,
                "Đăng nhập sai quá nhiều lần; hãy thử lại sau " + e.retryAfterSeconds + " giây", List.of(), h, u);
        return Response.fromResponse(problem).header("Retry-After", e.retryAfterSeconds).build();
    }
}
