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
    public static final String USER = "safeonline.user";

    @Inject
    Lookup lookup;
    @Inject
    AccountCache cache;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) return Uni.createFrom().item(identity);
        String username = identity.getPrincipal().getName();
        vn.safeonline.user.AppUser cached = cache.cached(username);
        if (cached != null) return Uni.createFrom().item(withAccount(identity, cached)); // no hop to a worker thread
        return context.runBlocking(() -> withAccount(identity, cache.get(username, lookup::user)));
    }

    private static SecurityIdentity withAccount(SecurityIdentity identity, vn.safeonline.user.AppUser user) {
        QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes());
        if (user != null) {
            b.addRoles(Set.of(user.roles));
            b.addAttribute(USER, user); // CurrentUser reads it: one lookup per request
        }
        return b.build();
    }

    @ApplicationScoped
    public static class Lookup {
        /** The active account with its organisation loaded (it is read after this session closes). */
        @ActivateRequestContext
        public vn.safeonline.user.AppUser user(String username) {
            return vn.safeonline.user.AppUser.findActiveByUsername(username).orElse(null);
        }
    }
}
