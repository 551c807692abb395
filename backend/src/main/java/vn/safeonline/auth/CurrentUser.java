package vn.safeonline.auth;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import vn.safeonline.common.Caller;
import vn.safeonline.common.Role;
import vn.safeonline.org.Organization;
import vn.safeonline.user.AppUser;

/**
 * The caller, as the database knows it: the token names the user, the database says which
 * organisation and roles it has now (a deactivated user's token stops working at once).
 * The packages below auth (common, org, user) see the caller only as a {@link Caller}.
 */
@RequestScoped
public class CurrentUser implements Caller {
    @Inject
    SecurityIdentity identity;

    private AppUser user;
    private Set<Role> roles;

    public AppUser user() {
        if (user == null) {
            if (identity.isAnonymous()) throw new UnauthorizedException();
            AppUser loaded = identity.getAttribute(DatabaseRolesAugmentor.USER);
            user = loaded != null ? loaded
                    : AppUser.findActiveByUsername(identity.getPrincipal().getName()).orElseThrow(UnauthorizedException::new);
            roles = user.roleSet();
        }
        return user;
    }

    @Override
    public long userId() {
        return user().id;
    }

    @Override
    public String username() {
        return user().username;
    }

    public Organization org() {
        return user().organization;
    }

    @Override
    public long tenant() {
        return org().tenant();
    }

    public boolean has(Role role) {
        user();
        return roles.contains(role);
    }

    public Set<Role> roles() {
        user();
        return roles;
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** True when the caller works for this body or one above it. */
    public boolean within(Organization o) {
        return org().contains(o);
    }
}
