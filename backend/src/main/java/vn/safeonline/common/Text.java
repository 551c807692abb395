package vn.safeonline.common;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Vietnamese text helpers: search and matching ignore diacritics ("cong an" finds "Công an"). */
public final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Text() {
    }

    /** Lower case, no diacritics, đ → d, single spaces. */
    public static String fold(String s) {
        if (s == null) return "";
        String n = Normalizer.normalize(s, Normalizer.Form.NFD);
        n = MARKS.matcher(n).replaceAll("").replace('đ', 'd').replace('Đ', 'D').toLowerCase(java.util.Locale.ROOT);
        return SPACES.matcher(n).replaceAll(" ").trim();
    }

    /**
     * The one rule for control characters in text: C0 controls (U+0000–U+001F) are not text, except tab, line feed
     * and carriage return. PostgreSQL's text and jsonb hold no NUL. JSON bodies refuse them ({@link JsonText});
     * files (CSV, spreadsheets) are cleaned of them ({@link #clean}).
     */
    public static boolean isRefusedControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }

    /** The index of the first refused control character, or -1. */
    public static int firstRefusedControl(String s) {
        for (int i = 0; i < s.length(); i++) if (isRefusedControl(s.charAt(i))) return i;
        return -1;
    }

    /** Stored text is NFC (Decree 30: Unicode TCVN 6909), trimmed, without refused control characters; blank becomes null. */
    public static String clean(String s) {
        if (s == null) return null;
        String n = Normalizer.normalize(firstRefusedControl(s) >= 0 ? stripControls(s) : s, Normalizer.Form.NFC).trim();
        return n.isEmpty() ? null : n;
    }

    private static String stripControls(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) if (!isRefusedControl(s.charAt(i))) b.append(s.charAt(i));
        return b.toString();
    }

    /** A LIKE pattern for a folded search term, with the wildcards of the term escaped. */
    public static String likePattern(String q) {
        String f = fold(q).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + f + "%";
    }
}
