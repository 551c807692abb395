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
            Map.entry("hlhpn", "hoi lien hiep phu nu"), Map.entry("lhpn", "lien hiep phu nu"), Map.entry("ca", "cong an"),
            Map.entry("tnhh", "trach nhiem huu han"), Map.entry("thpt", "trung hoc pho thong"), Map.entry("thcs", "trung hoc co so"),
            Map.entry("tw", "trung uong"), Map.entry("hcm", "ho chi minh"), Map.entry("qs", "quan su"), Map.entry("qd", "quan doi"),
            Map.entry("tnxh", "thuong binh va xa hoi"), Map.entry("tttt", "thong tin va truyen thong"), Map.entry("tt-tt", "thong tin va truyen thong"),
            Map.entry("ld-tb&xh", "lao dong - thuong binh va xa hoi"), Map.entry("ldtb&xh", "lao dong - thuong binh va xa hoi"),
            Map.entry("vh-tt", "van hoa - thong tin"), Map.entry("khdt", "ke hoach va dau tu"), Map.entry("kh&dt", "ke hoach va dau tu"), Map.entry("tncs", "thanh nien cong san"), Map.entry("ldtbxh", "lao dong - thuong binh va xa hoi"));
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}&,\\-]+");
    private static final Pattern LEADING = Pattern.compile("^(?:(?:dai dien|lanh dao|cac|chu tri|phoi hop|voi|va|chi huy)\\s+)+");

    record Org(long id, String code, String name, String type, Long parentId) {
    }

    record Alias(Org org, String folded) {
    }

    enum Status { MATCHED, UNKNOWN }

    record Match(Status status, Org org, double confidence, List<Org> suggestions) {
    }

    private final List<Alias> aliases = new ArrayList<>();
    private final List<Org> all = new ArrayList<>();

    OrgMatcher(List<Organization> organizations) {
        for (Organization o : organizations) {
            Org org = new Org(o.id, o.code, o.name, o.type.name(), o.parent == null ? null : o.parent.id);
            all.add(org);
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

    /** The kind of body a name says it is: "Công an phường …" a ward police, "Trường THCS …" a lower secondary school… */
    static vn.safeonline.org.OrganizationType guessType(String name) {
        String n = " " + normalize(name) + " ";
        if (n.matches(".* cong an (phuong|xa|thi tran) .*")) return vn.safeonline.org.OrganizationType.WARD_POLICE;
        if (n.matches(".* (phong|doi) .*") && n.contains("cong an")) return vn.safeonline.org.OrganizationType.POLICE_UNIT;
        if (n.matches("^ (phong an ninh|phong canh sat|phong tham muu|doi canh sat) .*")) return vn.safeonline.org.OrganizationType.POLICE_UNIT;
        if (n.contains(" cong an ")) return vn.safeonline.org.OrganizationType.POLICE;
        if (n.contains(" quan su ") || n.contains(" bo doi ") || n.contains(" bien phong ")) return vn.safeonline.org.OrganizationType.MILITARY;
        if (n.contains(" mat tran ")) return vn.safeonline.org.OrganizationType.FRONT;
        if (n.matches(".* (doan thanh nien|tinh doan|thanh doan|hoi lien hiep|lien hiep phu nu|hoi phu nu|hoi nong dan|hoi cuu chien binh|lien doan lao dong|cong doan|hoi chu thap do) .*"))
            return vn.safeonline.org.OrganizationType.UNION;
        if (n.matches("^ (bao|dai phat thanh|dai truyen hinh|dai pt|dai phat thanh va truyen hinh|dai pt-th|tap chi|cong thong tin) .*")) return vn.safeonline.org.OrganizationType.MEDIA;
        if (n.matches(".* (cong ty|tap doan|vnpt|viettel|mobifone|ngan hang|buu dien|tong cong ty|trach nhiem huu han) .*")) return vn.safeonline.org.OrganizationType.ENTERPRISE;
        if (n.matches(".* truong (tieu hoc|th) .*")) return vn.safeonline.org.OrganizationType.SCHOOL_PRIMARY;
        if (n.matches(".* truong (trung hoc co so|pho thong dan toc ban tru) .*")) return vn.safeonline.org.OrganizationType.SCHOOL_LOWER_SECONDARY;
        if (n.matches(".* truong (trung hoc pho thong|pho thong|pho thong dan toc noi tru) .*")) return vn.safeonline.org.OrganizationType.SCHOOL_UPPER_SECONDARY;
        if (n.matches(".* (cao dang|trung cap) .*")) return vn.safeonline.org.OrganizationType.COLLEGE;
        if (n.matches(".* (dai hoc|hoc vien) .*")) return vn.safeonline.org.OrganizationType.UNIVERSITY;
        if (n.matches(".* uy ban nhan dan (phuong|thi tran) .*")) return vn.safeonline.org.OrganizationType.WARD;
        if (n.matches(".* uy ban nhan dan xa .*")) return vn.safeonline.org.OrganizationType.COMMUNE;
        if (n.matches(".* uy ban nhan dan (tinh|thanh pho|huyen|quan|thi xa) .*")) return vn.safeonline.org.OrganizationType.PEOPLES_COMMITTEE;
        if (n.matches("^ (so|ban|thanh tra|van phong|chi cuc|cuc|trung tam|ban quan ly) .*")) return vn.safeonline.org.OrganizationType.DEPARTMENT;
        return vn.safeonline.org.OrganizationType.OTHER;
    }

    /**
     * Where a new body of a type most likely belongs in this deployment: a police unit under the police, a school under the
     * education department, anything else under the People's Committee at the root. Null when the tree has no such parent.
     */
    Long parentFor(vn.safeonline.org.OrganizationType type) {
        Org root = all.stream().filter(o -> o.parentId() == null && "PEOPLES_COMMITTEE".equals(o.type())).findFirst()
                .orElse(all.stream().filter(o -> o.parentId() == null).findFirst().orElse(null));
        String want = switch (type) {
            case WARD_POLICE, POLICE_UNIT -> "POLICE";
            default -> null;
        };
        if (want != null) {
            Org police = all.stream().filter(o -> want.equals(o.type())).findFirst().orElse(null);
            if (police != null) return police.id();
        }
        if (type.education()) {
            Match m = match("So Giao duc va Dao tao");
            if (m.status() == Status.MATCHED) return m.org().id();
        }
        return root == null ? null : root.id();
    }
}
