package vn.safeonline.attendee;

import java.util.Locale;
import java.util.Optional;

/**
 * The short code on a delegate's card, for people: 8 symbols and a check symbol from an alphabet without look-alikes,
 * printed {@code XXX-XXX-XXX}. The check: with cp<sub>i</sub> the i-th symbol's place in the alphabet (i = 1..9), a code is
 * valid when Σ i·cp<sub>i</sub> ≡ 0 (mod 31). As 31 is prime and the weights differ, every single wrong symbol and every
 * swap of two different symbols is caught (Luhn mod N is not enough with an odd alphabet: two symbols double alike). The database gives each delegate one (changeset 023, the same check rule); this is
 * where the server reads what a person typed: normalised (case, spaces, hyphens, dots), then the check symbol tested, so a typo
 * is a clear field error and not an "unknown invitation".
 */
public final class ShortCode {
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int N = ALPHABET.length();
    public static final int LENGTH = 9;

    private ShortCode() {
    }

    /** The check symbol of the 8 data symbols: the one making Σ i·cp_i ≡ 0 (mod 31); 7 is the inverse of 9 modulo 31. */
    static char check(String data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) sum += (i + 1) * ALPHABET.indexOf(data.charAt(i));
        return ALPHABET.charAt((N - sum % N) % N * 7 % N);
    }

    /** What was typed, without separators and in upper case. */
    public static String normalise(String typed) {
        if (typed == null) return "";
        StringBuilder b = new StringBuilder(typed.length());
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c != ' ' && c != '-' && c != '.' && c != '\t') b.append(c);
        }
        return b.toString();
    }

    /** Why a typed code cannot be a code (in Vietnamese, for the field error), or empty when it can. */
    public static Optional<String> problem(String typed) {
        String code = normalise(typed);
        if (code.length() != LENGTH) return Optional.of("Mã gồm " + LENGTH + " ký tự (dạng ABC-DEF-GHK), đã nhập " + code.length());
        for (char c : code.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) return Optional.of("Ký tự '" + c + "' không có trong mã (mã chỉ gồm chữ số 2–9 và chữ cái trừ I, L, O)");
        }
        if (check(code.substring(0, LENGTH - 1)) != code.charAt(LENGTH - 1)) return Optional.of("Mã không đúng (sai ký tự kiểm tra): xem lại từng ký tự");
        return Optional.empty();
    }

    /** As printed: {@code XXX-XXX-XXX}. */
    public static String format(String code) {
        if (code == null || code.length() != LENGTH) return code;
        return code.substring(0, 3) + "-" + code.substring(3, 6) + "-" + code.substring(6);
    }
}
