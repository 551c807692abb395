package vn.safeonline.auth;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.safeonline.common.ProblemMappers;
import vn.safeonline.common.Scopes;
import jakarta.ws.rs.core.MediaType;
import io.vertx.core.http.HttpServerRequest;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import vn.safeonline.common.ClientAddress;
import vn.safeonline.common.MaxUtf8Bytes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
    static final String TOKEN_DESCRIPTION = "People send JSON {username, password} and get an access token for app.token.lifespan-seconds (default 15 minutes), and "
            + "a refresh token in the HttpOnly, SameSite=Strict cookie " + Sessions.COOKIE + " (Path " + Sessions.COOKIE_PATH + ") that POST "
            + "/api/auth/refresh exchanges for the next access token and POST /api/auth/logout revokes. "
            + "System clients post to the same address form-encoded, the OAuth 2.0 client-credentials grant (RFC 6749 §4.4) described by the "
            + "\"client\" security scheme: grant_type=client_credentials, client_id and client_secret (or HTTP Basic with them), answered with "
            + "{access_token, token_type, expires_in, scope}; the token lasts app.token.client-lifespan-seconds (default 900) and carries the scopes. "
            + "Failures count toward the sign-in throttle. Tokens name their key (kid); the keys are at /.well-known/jwks.json.";

    @ConfigProperty(name = "app.token.client-lifespan-seconds", defaultValue = "900")
    long clientLifespan;
    @Inject
    AccessTokens tokens;
    @Inject
    Sessions sessions;
    @Inject
    jakarta.enterprise.inject.Instance<ClientCredentials> clients;

    @Inject
    CurrentUser me;
    @Inject
    LoginThrottle throttle;

    static final String SET_COOKIE_DESCRIPTION = "The refresh token: " + Sessions.COOKIE + "=<opaque>; Path=" + Sessions.COOKIE_PATH
            + "; HttpOnly; Secure; SameSite=Strict (a browser-session cookie, no Max-Age)";

    @POST
    @Path("auth/token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createToken", summary = TOKEN_SUMMARY, description = TOKEN_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The access token; the refresh token is in the cookie",
            headers = @Header(name = "Set-Cookie", description = SET_COOKIE_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "Wrong username or password, or unknown client, wrong or expired secret, revoked client (the same answer whether the account exists or not)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many sign-in attempts for this account or from this address; Retry-After says in how many seconds to try again",
            headers = @Header(name = "Retry-After", description = "seconds", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public RestResponse<TokenResponse> token(@Valid @NotNull TokenRequest request, @Context HttpServerRequest http) {
        return session(sessions.signIn(request.username(), request.password(), ClientAddress.of(http)));
    }

    @POST
    @Path("auth/refresh")
    @Operation(operationId = "refreshToken", summary = "A new access token for the session's refresh cookie",
            description = "The browser sends the HttpOnly cookie " + Sessions.COOKIE + " set at sign-in (Path " + Sessions.COOKIE_PATH
                    + ", SameSite=Strict) and the header X-Requested-With (any value; a cross-site form cannot send it). The refresh "
                    + "token is rotated: the one sent is used up and a new cookie replaces it; a token sent a second time revokes the "
                    + "whole session (someone else holds a copy). The account is read again: a disabled account is refused, changed "
                    + "roles are in the new token. Unknown, expired, used or revoked: 401 session-expired.")
    @APIResponse(responseCode = "200", description = "The new access token; the rotated refresh token is in the cookie",
            headers = @Header(name = "Set-Cookie", description = SET_COOKIE_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "No session: the cookie is missing, unknown, expired, used already (the session is then revoked) or revoked, or the account is disabled",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The X-Requested-With header is missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public RestResponse<TokenResponse> refresh(
            @CookieParam(Sessions.COOKIE) @Parameter(description = "the refresh token set at sign-in (HttpOnly)") String refreshToken,
            @HeaderParam("X-Requested-With") @Parameter(required = true, description = "any value, e.g. XMLHttpRequest (CSRF guard)",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 64), example = "XMLHttpRequest") String requestedWith, @Context HttpServerRequest http) {
        requireCustomHeader(requestedWith);
        return session(sessions.refresh(refreshToken, ClientAddress.of(http)));
    }

    @POST
    @Path("auth/logout")
    @Operation(operationId = "logout", summary = "Sign out: the session's refresh token is revoked and its cookie cleared",
            description = "Revokes every refresh token of the cookie's session and answers a Set-Cookie that removes it; without a "
                    + "cookie it only clears. Needs the header X-Requested-With (any value). An access token already given out "
                    + "lives on until it expires (app.token.lifespan-seconds); the SPA forgets it at once, in every tab.")
    @APIResponse(responseCode = "204", description = "Signed out",
            headers = @Header(name = "Set-Cookie", description = "Removes the refresh cookie (Max-Age=0)", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "The X-Requested-With header is missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public RestResponse<Void> logout(
            @CookieParam(Sessions.COOKIE) @Parameter(description = "the refresh token set at sign-in (HttpOnly)") String refreshToken,
            @HeaderParam("X-Requested-With") @Parameter(required = true, description = "any value, e.g. XMLHttpRequest (CSRF guard)",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 64), example = "XMLHttpRequest") String requestedWith, @Context HttpServerRequest http) {
        requireCustomHeader(requestedWith);
        sessions.signOut(refreshToken, ClientAddress.of(http));
        return RestResponse.ResponseBuilder.<Void>noContent().header(HttpHeaders.SET_COOKIE, sessions.clearedCookie())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /** CSRF: besides SameSite=Strict, the cookie's operations need a header that a cross-site form or link cannot send. */
    private static void requireCustomHeader(String requestedWith) {
        if (requestedWith == null || requestedWith.isBlank()) {
            throw ApiException.forbidden("Thiếu tiêu đề X-Requested-With");
        }
    }

    private static RestResponse<TokenResponse> session(Sessions.Session s) {
        return RestResponse.ResponseBuilder.ok(new TokenResponse(s.accessToken(), "Bearer", s.expiresIn()))
                .header(HttpHeaders.SET_COOKIE, s.setCookie()).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
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
        return new ClientTokenResponse(tokens.sign(account, clientLifespan, clientId), "Bearer", clientLifespan, scope);
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
