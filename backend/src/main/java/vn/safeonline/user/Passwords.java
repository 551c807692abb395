package vn.safeonline.user;

import at.favre.lib.crypto.bcrypt.BCrypt;

/** bcrypt, cost 10. */
public final class Passwords {
    private static final int COST = 10;
    /** bcrypt reads at most 72 bytes (UTF-8); request records bound passwords with {@code @MaxUtf8Bytes(MAX_BYTES)}. */
    public static final int MAX_BYTES = 72;
    /** Compared against when the user does not exist, so that both paths take as long. */
    private static final String DUMMY = BCrypt.withDefaults().hashToString(COST, "not-a-password".toCharArray());

    private Passwords() {
    }

    public static String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    public static boolean verify(String password, String hash) {
        return BCrypt.verifyer().verify(password.toCharArray(), hash == null ? DUMMY : hash).verified && hash != null;
    }
}
