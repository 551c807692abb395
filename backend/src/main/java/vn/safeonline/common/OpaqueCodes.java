package vn.safeonline.common;

import java.security.SecureRandom;

/**
 * Codes people read out or type (a contest receipt "CT-…", a support case "HT-…"): random, never a sequence, from an
 * alphabet without the look-alikes 0/O and 1/I/L.
 */
public final class OpaqueCodes {
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OpaqueCodes() {
    }

    /** {@code prefix} followed by {@code length} random letters and digits of {@link #ALPHABET}. */
    public static String random(String prefix, int length) {
        StringBuilder b = new StringBuilder(prefix);
        for (int i = 0; i < length; i++) b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        return b.toString();
    }
}
