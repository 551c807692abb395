package vn.safeonline.planimport;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A document as lines and as paragraphs rebuilt from them (a PDF or a re-wrapped text breaks paragraphs across
 * lines). Every character of a paragraph remembers its line and column, so a value found in a paragraph points
 * back at its place in the document. Matching runs on a folded copy of the same length: lower case, no diacritics.
 */
final class DocText {
    private static final Pattern MARKER = Pattern.compile("^\\s*(?:[-–•+*]\\s|\\d{1,2}(?:\\.\\d{1,2})*\\s*[.)]\\s*\\S|[a-zđ]\\)\\s|[IVXivx]{1,4}\\s*[.)]\\s|"
            + "(?:v\\s*/\\s*v\\b|s[oóốồổỗộeé6](?:\\s*[:;]|\\s+\\d)|căn cứ|can cu|thực hiện|thuc hien|nơi nhận|noi nhan|tm\\.|kt\\.|tl\\.|tuq\\.)\\s*[:.]?|\\p{L}[\\p{L} ]{1,40},\\s*ng[aà]y\\b)",
            Pattern.CASE_INSENSITIVE);

    final List<String> lines;
    final List<Para> paras = new ArrayList<>();

    /** A paragraph: its text, the folded text, and for each character its line and column in the document. */
    record Para(String text, String folded, int[] line, int[] col) {
        Span span(int start, int end) {
            if (start >= end) return null;
            return new Span(line[start], col[start], line[end - 1], col[end - 1] + 1);
        }

        int firstLine() {
            return line.length == 0 ? 0 : line[0];
        }
    }

    /** A place in the document: 0-based line and column, end exclusive. */
    record Span(int line, int start, int endLine, int end) {
    }

    DocText(String text) {
        this.lines = SourceText.lines(text);
        StringBuilder t = new StringBuilder();
        List<int[]> map = new ArrayList<>();
        boolean prevHeading = false;
        boolean blank = false;
        String last = "";
        for (int[] seg : segments(lines)) {
            int i = seg[0];
            String raw = " ".repeat(seg[1]) + lines.get(i).substring(seg[1], seg[2]);
            String content = raw.strip();
            String previous = last;
            last = raw;
            // markdown heading marks and emphasis are layout, not text
            int from = raw.indexOf(content.isEmpty() ? " " : content.substring(0, 1));
            if (content.isEmpty()) {
                // an empty line ends a paragraph only where one could end: OCR and PDF text put empty lines mid-sentence
                blank = true;
                continue;
            }
            boolean heading = isHeading(content) || content.startsWith("#");
            boolean startsNew = MARKER.matcher(stripMarks(content)).find() || heading || prevHeading || t.isEmpty()
                    || endsSentence(t) && !(endsClause(t) && startsLower(content)) && !bulletRunsOn(t, previous, content)
                    || !startsLower(content) && endsHeadingLike(t)
                    || blank && t.length() < 110 && t.toString().matches("^\\d{1,2}\\s*[.)]\\s+\\S.*");
            blank = false;
            if (startsNew) flush(t, map);
            else t.append(' ');
            if (!startsNew) map.add(new int[] {i, Math.max(0, from - 1)});
            for (int c = Math.max(0, from); c < raw.length(); c++) {
                char ch = raw.charAt(c);
                if (ch == '*' || (ch == '#' && t.chars().allMatch(x -> x == '#' || x == ' '))) continue;
                if (ch == ' ' && (t.isEmpty() || t.charAt(t.length() - 1) == ' ')) continue;
                t.append(ch);
                map.add(new int[] {i, c});
            }
            prevHeading = heading;
        }
        flush(t, map);
    }

    /** A gutter: text, three spaces or more, text again far enough right to be a second column. */
    private static final java.util.regex.Pattern GUTTER = java.util.regex.Pattern.compile("\\S(\\s{3,})(?=\\S)");

    /**
     * The document's lines as segments (line, from, to). A Word or PDF copy sets a header ("ỦY BAN NHÂN DÂN ␣␣␣ CỘNG HÒA…",
     * "Số: … ␣␣␣ Bắc Ninh, ngày …") and the "Nơi nhận | signer" block on two columns, line by line: within a run of such lines the
     * left column is read first, then the right one, so each column's lines stay together. Lines on one column are kept whole.
     */
    static List<int[]> segments(List<String> lines) {
        int[] gutter = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            java.util.regex.Matcher m = GUTTER.matcher(lines.get(i));
            gutter[i] = -1;
            while (m.find()) {
                if (m.end(1) >= 20 && !lines.get(i).contains("|") && !lines.get(i).contains("\t")) {
                    gutter[i] = m.end(1);
                    break;
                }
            }
        }
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (gutter[i] < 0) {
                out.add(new int[] {i, 0, lines.get(i).length()});
                i++;
                continue;
            }
            // the run: from this two-column line to the last two-column line at most 12 lines on
            int end = i;
            for (int k = i + 1; k < lines.size() && k <= end + 12; k++) if (gutter[k] >= 0) end = k;
            List<int[]> right = new ArrayList<>();
            for (int k = i; k <= end; k++) {
                String l = lines.get(k);
                int lead = l.length() - l.stripLeading().length();
                int g = gutter[k] >= 0 ? gutter[k] : lead >= 20 ? lead : l.length();
                out.add(new int[] {k, 0, g});
                if (g < l.length()) right.add(new int[] {k, g, l.length()});
            }
            out.addAll(right);
            i = end + 1;
        }
        return out;
    }

    private static String stripMarks(String s) {
        return s.replaceAll("^[#*\\s]+", "").replace("*", "");
    }

    private static boolean isHeading(String content) {
        String s = stripMarks(content);
        long letters = s.chars().filter(Character::isLetter).count();
        return letters >= 4 && s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase) && s.length() < 160;
    }

    private static boolean endsSentence(StringBuilder t) {
        String s = t.toString().strip();
        // not ':' — "SĐT:" may end a line whose number starts the next; a list after ':' starts with its own markers
        return s.endsWith(".") || s.endsWith(";") || s.endsWith("./.") || s.endsWith(".”") || s.endsWith("!");
    }

    /**
     * "1. Công an thành phố", "4. Công an các xã, phường" — a short numbered heading a PDF's next line would otherwise run on from.
     * A comma belongs to a sentence, unless the heading names agencies.
     */
    private static boolean endsHeadingLike(StringBuilder t) {
        String s = t.toString();
        return s.length() < 60 && s.matches("^\\d{1,2}\\s*[.)]\\s+\\S.*")
                && (!s.contains(",") || fold(s).matches("^\\d{1,2}\\s*[.)]\\s+(cac\\s+)?(cong an|so|uy ban|ubnd|ban|hoi|doan|phong|truong|van phong|tinh doan|thanh doan)\\b.*"));
    }

    /** "…thành phố Hà Nội;" and, on the next line, "đảm bảo âm thanh…": a clause of the same item, wrapped. */
    private static boolean endsClause(StringBuilder t) {
        return t.toString().strip().endsWith(";");
    }

    /**
     * A bullet's text wrapped where a sentence ends: "- Mời … Đoàn Công an." then "Tham mưu lãnh đạo…" on a new line. A line without
     * a marker after a long bullet line is the bullet going on; a short last line ended the bullet.
     */
    private static boolean bulletRunsOn(StringBuilder t, String previousLine, String content) {
        String s = stripMarks(t.toString());
        return (s.startsWith("- ") || s.startsWith("• ") || s.startsWith("+ ")) && previousLine.strip().length() >= 50 && !startsLower(content)
                && !isHeading(content) && !MARKER.matcher(stripMarks(content)).find();
    }

    private static boolean startsLower(String s) {
        String c = stripMarks(s);
        return !c.isEmpty() && Character.isLowerCase(c.charAt(0));
    }

    private void flush(StringBuilder t, List<int[]> map) {
        // trailing spaces out
        while (!t.isEmpty() && t.charAt(t.length() - 1) == ' ') {
            t.setLength(t.length() - 1);
            map.remove(map.size() - 1);
        }
        if (!t.isEmpty()) {
            int[] line = new int[map.size()];
            int[] col = new int[map.size()];
            for (int k = 0; k < map.size(); k++) {
                line[k] = map.get(k)[0];
                col[k] = map.get(k)[1];
            }
            String text = t.toString();
            paras.add(new Para(text, fold(text), line, col));
        }
        t.setLength(0);
        map.clear();
    }

    /** Lower case without diacritics, đ → d, one character for one: positions stay the same. */
    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'đ' || c == 'Đ' || c == 'Ð' || c == 'ð') { // OCR reads Đ as the Icelandic Ð
                out.append('d');
                continue;
            }
            if (c < 128) {
                out.append(Character.toLowerCase(c));
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = d.isEmpty() ? c : d.charAt(0);
            out.append(Character.getType(base) == Character.NON_SPACING_MARK ? ' ' : Character.toLowerCase(base));
        }
        return out.toString().toLowerCase(Locale.ROOT).length() == s.length() ? out.toString().toLowerCase(Locale.ROOT) : out.toString();
    }
}
