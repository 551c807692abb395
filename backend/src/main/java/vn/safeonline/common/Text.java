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

    /** Stored text is NFC (Decree 30: Unicode TCVN 6909), trimmed; blank becomes null. */
    public static String clean(String s) {
        if (s == null) return null;
        String n = Normalizer.normalize(s.indexOf('\0') >= 0 ? s.replace("\0", "") : s, Normalizer.Form.NFC).trim(); // PostgreSQL text holds no NUL
        return n.isEmpty() ? null : n;
    }

    /** A LIKE pattern for a folded search term, with the wildcards of the term escaped. */
    public static String likePattern(String q) {
        String f = fold(q).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + f + "%";
    }
}
