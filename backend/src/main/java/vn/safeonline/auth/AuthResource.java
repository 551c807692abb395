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
import jakarta.ws.rs.core.MediaType;
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
import vn.safeonline.common.MaxUtf8Bytes;
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

    @POST
    @Path("auth/token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createToken", summary = "Exchange a username and password for an access token (RS256 JWT)")
    @APIResponse(responseCode = "200", description = "The token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "Wrong username or password",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public TokenResponse token(@Valid @NotNull TokenRequest request) {
        AppUser user = AppUser.findActiveByUsername(request.username().trim().toLowerCase()).orElse(null);
        if (!Passwords.verify(request.password(), user == null ? null : user.passwordHash)) {
            LOG.infof("login refused for %s", request.username().replaceAll("[^a-zA-Z0-9_.-]", "?"));
            throw new ApiException(ProblemType.INVALID_CREDENTIALS, "Kiểm tra lại tên đăng nhập và mật khẩu");
        }
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
}
