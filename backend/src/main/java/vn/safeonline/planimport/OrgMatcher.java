package vn.safeonline.planimport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.safeonline.org.Organization;

/**
 * Finds the organisation a document names, ignoring diacritics and tolerating OCR noise and the usual
 * abbreviations (TP, UBND, Sở GD&ĐT…). A name that matches nothing well enough, or two bodies equally, is
 * "unknown": the importer never guesses.
 */
final class OrgMatcher {
    static final double ACCEPT = 0.86;
    private static final double MARGIN = 0.04;
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("tp", "thanh pho"), Map.entry("ubnd", "uy ban nhan dan"), Map.entry("ubmttqvn", "uy ban mat tran to quoc viet nam"),
            Map.entry("ubmttq", "uy ban mat tran to quoc"), Map.entry("mttq", "mat tran to quoc"), Map.entry("vp", "van phong"),
            Map.entry("bchqs", "bo chi huy quan su"), Map.entry("gd&dt", "giao duc va dao tao"), Map.entry("gddt", "giao duc va dao tao"),
            Map.entry("gd-dt", "giao duc va dao tao"), Map.entry("kh&cn", "khoa hoc va cong nghe"), Map.entry("khcn", "khoa hoc va cong nghe"),
            Map.entry("vhttdl", "van hoa, the thao va du lich"), Map.entry("vh,tt&dl", "van hoa, the thao va du lich"),
            Map.entry("vh-tt-dl", "van hoa, the thao va du lich"), Map.entry("tt&tt", "thong tin va truyen thong"),
            Map.entry("hlhpn", "hoi lien hiep phu nu"), Map.entry("tncs", "thanh nien cong san"), Map.entry("ldtbxh", "lao dong - thuong binh va xa hoi"));
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}&,\\-]+");
    private static final Pattern LEADING = Pattern.compile("^(?:(?:dai dien|lanh dao|cac|chu tri|phoi hop|voi|va|chi huy)\\s+)+");

    record Org(long id, String code, String name, String type) {
    }

    record Alias(Org org, String folded) {
    }

    enum Status { MATCHED, UNKNOWN }

    record Match(Status status, Org org, double confidence, List<Org> suggestions) {
    }

    private final List<Alias> aliases = new ArrayList<>();

    OrgMatcher(List<Organization> organizations) {
        for (Organization o : organizations) {
            Org org = new Org(o.id, o.code, o.name, o.type.name());
            Set<String> forms = new LinkedHashSet<>();
            String name = normalize(o.name);
            forms.add(name);
            // "Công an thành phố Cần Thơ" is "Công an thành phố" in the city's own documents
            for (String suffix : List.of(" thanh pho can tho", " tp can tho", " can tho")) {
                if (name.endsWith(suffix) && name.length() > suffix.length() + 3) {
                    forms.add(name.substring(0, name.length() - suffix.length()) + (suffix.contains("thanh pho") || suffix.contains("tp") ? " thanh pho" : ""));
                    forms.add(name.substring(0, name.length() - suffix.length()));
                }
            }
            forms.add(normalize(o.code.replace('-', ' ')));
            forms.forEach(f -> aliases.add(new Alias(org, f)));
        }
    }

    /** Folded, abbreviations expanded, parentheses, list leaders and trailing punctuation dropped. */
    static String normalize(String s) {
        String f = DocText.fold(s).replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").trim();
        Matcher m = WORD.matcher(f);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String w = m.group();
            String bare = w.replaceAll("^[,\\-]+|[,\\-]+$", "");
            String expanded = ABBREVIATIONS.get(bare);
            if (!out.isEmpty()) out.append(' ');
            out.append(expanded != null ? expanded + (w.endsWith(",") ? "," : "") : w);
        }
        String r = out.toString().replaceAll("[\\s,;.:]+$", "").trim();
        return LEADING.matcher(r).replaceFirst("");
    }

    /** The organisation a short phrase (a heading, a recipient line) names. */
    Match match(String phrase) {
        String n = normalize(phrase);
        if (n.length() < 3) return new Match(Status.UNKNOWN, null, 0, List.of());
        record Scored(Org org, double score) {
        }
        List<Scored> best = new ArrayList<>();
        for (Alias a : aliases) best.add(new Scored(a.org(), similarity(n, a.folded())));
        best.sort(Comparator.comparingDouble(Scored::score).reversed());
        List<Org> suggestions = best.stream().map(Scored::org).distinct().limit(3).toList();
        Scored top = best.get(0);
        Scored second = best.stream().filter(s -> s.org().id() != top.org().id()).findFirst().orElse(null);
        boolean clear = second == null || top.score() - second.score() >= MARGIN;
        if (top.score() >= ACCEPT && clear) return new Match(Status.MATCHED, top.org(), round(top.score()), List.of());
        return new Match(Status.UNKNOWN, null, round(top.score()), top.score() >= 0.6 ? suggestions : List.of());
    }

    /** Every organisation whose name (or usual short form) appears as words in the text. */
    List<Org> mentions(String text) {
        String n = " " + normalize(text).replaceAll("[,;.:]", " ").replaceAll("\\s+", " ") + " ";
        List<Org> out = new ArrayList<>();
        aliases.stream().filter(a -> a.folded().length() >= 8 && a.folded().contains(" "))
                .sorted(Comparator.comparingInt((Alias a) -> -a.folded().length()))
                .forEach(a -> {
                    String f = " " + a.folded().replaceAll("[,;.:]", " ").replaceAll("\\s+", " ") + " ";
                    int at = n.indexOf(f);
                    if (at >= 0 && out.stream().noneMatch(o -> o.id() == a.org().id())) out.add(a.org());
                });
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** 1 − edit distance ÷ the longer length. */
    static double similarity(String a, String b) {
        if (a.equals(b)) return 1;
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 1.0 - (double) prev[b.length()] / Math.max(a.length(), b.length());
    }
}
