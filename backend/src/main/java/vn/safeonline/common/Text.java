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

    /**
     * The one way user text reaches a SQL LIKE: the term with LIKE's three special characters ({@code \},
     * {@code %}, {@code _}) escaped by a backslash. Every query using it writes {@code like :p escape '\'}.
     */
    public static String likeLiteral(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '%' || c == '_') b.append('\\');
            b.append(c);
        }
        return b.toString();
    }

    /** A LIKE pattern for a folded search term ("contains"), with the wildcards of the term escaped. */
    public static String likePattern(String q) {
        return "%" + likeLiteral(fold(q)) + "%";
    }

    /** A LIKE pattern for text compared in lower case but with its diacritics ("contains"), wildcards escaped. */
    public static String likeLower(String q) {
        return "%" + likeLiteral(q == null ? "" : q.trim().toLowerCase(java.util.Locale.ROOT)) + "%";
    }

    /** A LIKE pattern for folded text that starts with the term, wildcards escaped. */
    public static String likePrefix(String q) {
        return likeLiteral(fold(q)) + "%";
    }
}
