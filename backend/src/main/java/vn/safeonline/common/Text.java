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

    /**
     * The one way user text reaches a SQL LIKE: the term with LIKE's three special characters ({@code \},
     * {@code %}, {@code _}) escaped by a backslash. Every query using it writes {@code like :p escape '\'}.
     */
    public static String likeLiteral(String s) {
        if (s == null) return "";
        if (firstRefusedControl(s) >= 0) s = stripControls(s); // no stored text holds them, and PostgreSQL refuses a NUL (a 500)
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '%' || c == '_') b.append('\\');
            b.append(c);
        }
        return b.toString();
    }

    /** A LIKE pattern for a folded search term ("contains"), with the wildcards of the term escaped. */
    private static String stripControls(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) if (!isRefusedControl(s.charAt(i))) b.append(s.charAt(i));
        return b.toString();
    }

    /** A LIKE pattern for a folded search term, with the wildcards of the term escaped. */
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

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+");
    public static final int MAX_FILE_NAME = 200;

    /**
     * The name of an uploaded file as it may be stored and shown: its base name only (nothing before the last
     * / or \), no control or invisible formatting characters (bidi overrides), NFC, at most 200 characters
     * (the extension kept); null when nothing is left, or only dots.
     */
    public static String fileName(String sent) {
        if (sent == null) return null;
        String s = INVISIBLE.matcher(sent).replaceAll("");
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        s = Normalizer.normalize(s.substring(cut + 1), Normalizer.Form.NFC).strip();
        if (s.chars().allMatch(c -> c == '.')) return null;
        if (s.codePointCount(0, s.length()) > MAX_FILE_NAME) {
            int dot = s.lastIndexOf('.');
            String ext = dot > 0 && s.length() - dot <= 10 ? s.substring(dot) : "";
            String stem = s.substring(0, s.length() - ext.length());
            stem = stem.substring(0, stem.offsetByCodePoints(0, MAX_FILE_NAME - ext.length())).strip();
            s = stem + ext;
        }
        return s;
    }
}
