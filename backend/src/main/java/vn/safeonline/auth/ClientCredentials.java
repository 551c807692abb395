package vn.safeonline.auth;

import java.util.Optional;
import vn.safeonline.user.AppUser;

/** The client-credentials grant's question to the system clients (client/ answers it; auth does not depend on it). */
public interface ClientCredentials {
    /** The active account a client acts through, when the id and one of its live secrets match; records the use. */
    Optional<AppUser> authenticate(String clientId, String secret);
}
