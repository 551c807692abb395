package vn.safeonline.auth;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import vn.safeonline.user.AppUser;

/** The one way an access token is made: the account's name, id, roles and organisation, signed with the published key (kid). */
@ApplicationScoped
public class AccessTokens {
    @Inject
    TokenKeys keys;

    /** A token for {@code seconds}; {@code clientId} (a system client's) adds its id and scopes. */
    public String sign(AppUser user, long seconds, String clientId) {
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
}
