package vn.safeonline.auth;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Roles come from the database, not from the token: route checks (@RolesAllowed) and object checks
 * (CurrentUser) then agree, a role taken away works at once, and tokens of an external issuer
 * need to carry only the username (upn or preferred_username).
 */
@ApplicationScoped
public class DatabaseRolesAugmentor implements SecurityIdentityAugmentor {
    @Inject
    Lookup lookup;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) return Uni.createFrom().item(identity);
        return context.runBlocking(() -> {
            QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder()
                    .setPrincipal(identity.getPrincipal())
                    .addCredentials(identity.getCredentials())
                    .addAttributes(identity.getAttributes());
            String[] roles = lookup.roles(identity.getPrincipal().getName());
            if (roles != null) b.addRoles(Set.of(roles));
            return b.build();
        });
    }

    @ApplicationScoped
    public static class Lookup {
        @ActivateRequestContext
        public String[] roles(String username) {
            return vn.safeonline.user.AppUser.<vn.safeonline.user.AppUser>find("username = ?1 and active = true", username)
                    .firstResultOptional().map(u -> u.roles).orElse(null);
        }
    }
}
