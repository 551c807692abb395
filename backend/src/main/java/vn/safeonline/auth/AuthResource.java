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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.safeonline.common.ProblemMappers;
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
            @Schema(required = true) String accessToken,
            @Schema(required = true, examples = "Bearer") String tokenType,
            @Schema(required = true, description = "seconds", examples = "28800") long expiresIn) {
    }

    @Schema(name = "Me")
    public record Me(
            @Schema(required = true) long id,
            @Schema(required = true, examples = "sogddt") String username,
            @Schema(required = true, examples = "Nguyễn Thị Lan") String fullName,
            @Schema(required = true) List<Role> roles,
            @Schema(required = true) OrgRef organization) {
    }

    @ConfigProperty(name = "app.token.lifespan-seconds", defaultValue = "28800")
    long lifespan;

    @Inject
    CurrentUser me;
    @Inject
    LoginThrottle throttle;

    @POST
    @Path("auth/token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createToken", summary = "Exchange a username and password for an access token (RS256 JWT)")
    @APIResponse(responseCode = "200", description = "The token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "Wrong username or password (the same answer whether the account exists or not)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many sign-in attempts for this account or from this address; Retry-After says in how many seconds to try again",
            headers = @Header(name = "Retry-After", description = "seconds", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public TokenResponse token(@Valid @NotNull TokenRequest request, @Context HttpServerRequest http) {
        String address = ClientAddress.of(http);
        throttle.attempt(request.username(), address);
        AppUser user = AppUser.findActiveByUsername(request.username().trim().toLowerCase(Locale.ROOT)).orElse(null);
        if (!Passwords.verify(request.password(), user == null ? null : user.passwordHash)) {
            LOG.infof("login refused for %s", request.username().replaceAll("[^a-zA-Z0-9_.-]", "?"));
            throttle.failed(request.username(), address);
            throw new ApiException(ProblemType.INVALID_CREDENTIALS, "Kiểm tra lại tên đăng nhập và mật khẩu");
        }
        throttle.succeeded(request.username(), address);
        Set<String> groups = user.roleSet().stream().map(Enum::name).collect(Collectors.toSet());
        String token = Jwt.upn(user.username)
                .subject(Long.toString(user.id))
                .groups(groups)
                .claim("org", user.organization.id)
                .expiresIn(Duration.ofSeconds(lifespan))
                .sign();
        return new TokenResponse(token, "Bearer", lifespan);
    }

    @GET
    @Path("me")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getMe", summary = "The caller, its organisation and roles")
    public Me me() {
        AppUser u = me.user();
        return new Me(u.id, u.username, u.fullName, me.roles().stream().sorted().toList(), OrgRef.of(u.organization));
    }

    /** The throttle's refusal: 429 with Retry-After, whether the account exists or not. */
    @ServerExceptionMapper
    public Response tooManyAttempts(LoginThrottle.TooManyAttempts e, HttpHeaders h, UriInfo u) {
        Response problem = ProblemMappers.problem(ProblemType.LOGIN_THROTTLED,
                "Đăng nhập sai quá nhiều lần; hãy thử lại sau " + e.retryAfterSeconds + " giây", List.of(), h, u);
        return Response.fromResponse(problem).header("Retry-After", e.retryAfterSeconds).build();
    }
}
