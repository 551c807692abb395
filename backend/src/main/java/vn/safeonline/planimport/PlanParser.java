package vn.safeonline.planimport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.safeonline.event.EventDtos.VenueInput;
import vn.safeonline.event.EventFormat;
import vn.safeonline.plan.ContentSection;
import vn.safeonline.plan.LegalBasis;
import vn.safeonline.plan.PlanDtos.RecipientInput;
import vn.safeonline.planimport.DocText.Para;
import java.util.IdentityHashMap;
import vn.safeonline.campaign.ActivityType;
import vn.safeonline.campaign.Audience;
import vn.safeonline.campaign.IndicatorKind;
import vn.safeonline.planimport.ImportDtos.DraftActivity;
import vn.safeonline.planimport.ImportDtos.DraftCampaign;
import vn.safeonline.planimport.ImportDtos.DraftOrganization;
import vn.safeonline.planimport.ImportDtos.DraftTarget;
import vn.safeonline.planimport.ImportDtos.DraftEvent;
import vn.safeonline.planimport.ImportDtos.DraftPlan;
import vn.safeonline.planimport.ImportDtos.DraftQuota;
import vn.safeonline.planimport.ImportDtos.DraftTask;
import vn.safeonline.planimport.ImportDtos.Field;
import vn.safeonline.planimport.ImportDtos.SpanView;
import vn.safeonline.task.TargetKind;
import vn.safeonline.task.TaskDtos.Target;

/**
 * Reads a Vietnamese administrative plan (Decree 30 layout): the header (number and symbol, place and date),
 * the title after "KẾ HOẠCH", legal bases ("Căn cứ…", "Thực hiện…"), sections I–III by their Roman numerals,
 * the event of section II, one task per agency heading of section III (and per bullet or lettered sub-point),
 * invitation quotas ("mời 05 doanh nghiệp lớn; 30 KOLs"), deadlines, recipients, signer and contact. It works on
 * folded text (no diacritics) and reads digits through OCR's usual confusions, so a stripped or noisy copy of
 * the same plan still yields most of its fields. Every value carries where it came from and a confidence.
 */
final class PlanParser {
    private static final ZoneOffset VN = ZoneOffset.ofHours(7);
    // OCR reads 1 as l, I or |, 0 as O or o
    private static final String D = "[0-9lI|oO]";
    // OCR may lose the slash of an unnumbered draft: "Số: KH-UBND"
    private static final Pattern NUMBER_SYMBOL = Pattern.compile("^s[oe6]\\s*[:.;]?\\s*(?:(" + D + "{0,6})\\s*/\\s*([a-z0-9\\-.]{2,30})|()([a-z]{1,4}-[a-z0-9\\-.]{2,26}))");
    private static final Pattern PLACE_DATE = Pattern.compile("^([a-z][a-z ]{1,40}?)\\s*,\\s*ngay\\s*(" + D + "{1,2})?\\s*th[a-z]{1,3}ng\\s*("
            + D + "{1,2}(?:\\s?" + D + ")?)?\\s*n[a-z]{1,2}m\\s*([0-9]{4})");
    private static final Pattern ROMAN = Pattern.compile("^(i{1,3}|iv|vi{0,3}|[il1|]{2,3})\\s*[.)]\\s*(.*)$");
    private static final Pattern ROMAN_BARE = Pattern.compile("^(i{1,3}|iv|vi{0,3})\\s+(\\S.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})\\s*[.)]\\s*(.+)$");
    private static final Pattern SUBPOINT = Pattern.compile("^(?:[-–•+]|[a-zd]\\))\\s*(.+)$");
    private static final Pattern LEGAL = Pattern.compile("(luat|bo luat|nghi dinh|quyet dinh|chi thi|thong tu|ke hoach|cong van|nghi quyet|huong dan|cong dien|thong bao|cong uoc)"
            + "\\s+(?:so\\s*)?([0-9]+[a-z]?\\s*/\\s*[a-z0-9\\-]+)");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(" + D + "{1,2})\\s*/\\s*(" + D + "{1,2})\\s*/\\s*(\\d{4})");
    private static final Pattern WORD_DATE = Pattern.compile("ngay\\s*(" + D + "{1,2})\\s*th[a-z]{1,3}ng\\s*(" + D + "{1,2})\\s*n[a-z]{1,2}m\\s*(\\d{4})");
    private static final Pattern DEADLINE = Pattern.compile("(?:cham nhat|truoc)\\s+(?:la\\s+)?(?:ngay\\s*)?(" + D + "{1,2})\\s*/\\s*(" + D + "{1,2})(?:\\s*/\\s*(\\d{4}))?");
    private static final Pattern TIME = Pattern.compile("(?<![0-9a-z])(" + D + "?\\d)\\s*(?:gio|[hg:])\\s*(\\d{2})?");
    private static final Pattern ATTENDANCE = Pattern.compile("khoang\\s+(\\d{1,6})\\s+(?:dai bieu|nguoi|khach)");
    private static final Pattern INVITE_COUNT = Pattern.compile("(?<![\\d/])(\\d[0-9oOlI]{0,3})\\s+(?:em\\s+)?([^;.\\d]+?)(?=\\s+va\\s+\\d|;|\\.|$|\\s\\d)");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})\\s*%\\s*((?:cac\\s+)?[^;.,]{3,60})");
    private static final Pattern PHONE = Pattern.compile("\\b(?:sdt|dt|dien thoai|di dong)\\s*[:.]?\\s*([0-9][0-9 .]{7,16}[0-9])");
    private static final Pattern CONTACT = Pattern.compile("(?:dau moi lien he|lien he)\\s*[:]?\\s*(?:d/c|dong chi|ong|ba)?\\s*([^,;()]{4,80}?)\\s*,\\s*([^;()]{4,300}?)\\s*;");
    private static final Pattern HASHTAG = Pattern.compile("#[\\p{L}\\p{N}_]{2,60}");
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{3,200})[”\"]");
    private static final Pattern PERIOD = Pattern.compile("tu\\s+(?:ngay\\s+)?(" + D + "{1,2})\\s*/\\s*(" + D + "{1,2})(?:\\s*/\\s*(\\d{4}))?\\s*(?:den|-|–)\\s*(?:het\\s+)?(?:ngay\\s+)?("
            + D + "{1,2})\\s*/\\s*(" + D + "{1,2})\\s*/\\s*(\\d{4})");
    private static final Pattern ORG_HEAD = Pattern.compile("^(so|cong an|uy ban|ban|hoi|doan|thanh doan|tinh doan|doi|bo|cuc|phong|truong|trung tam|dai|bao|vien|ubnd|van phong|"
            + "mat tran|lien doan|chi cuc|ngan hang|cong ty|tap doan)\\b");
    private static final Pattern PERSON = Pattern.compile("^(\\p{Lu}[\\p{Ll}]*)(\\s+\\p{Lu}[\\p{Ll}]*){1,4}$");
    /** Category of an invitation by the words of its phrase, in order: the first rule that matches wins. */
    private static final List<Map.Entry<String, Pattern>> CATEGORIES = List.of(
            Map.entry("INFLUENCER", Pattern.compile("kol|quan tri vien|hoi nhom|dien dan|nguoi co anh huong")),
            Map.entry("POLICE_UNIT_LEADER", Pattern.compile("phong nghiep vu|cong an (?:cac )?(?:xa|phuong)|chi huy cong an")),
            Map.entry("STUDENT", Pattern.compile("hoc sinh|tre em|sinh vien|thieu nhi")),
            Map.entry("SCHOOL_REPRESENTATIVE", Pattern.compile("truong hoc|\\btruong\\b|co so giao duc")),
            Map.entry("ENTERPRISE", Pattern.compile("doanh nghiep|cong ty|tap doan")),
            Map.entry("PRESS", Pattern.compile("bao chi|truyen thong|phong vien|dai phat thanh|truyen hinh")),
            Map.entry("ASSOCIATION", Pattern.compile("\\bhoi\\b|hiep hoi|to chuc xa hoi")),
            Map.entry("LEADER", Pattern.compile("lanh dao")));

    private final DocText doc;
    private final OrgMatcher orgs;
    private final Map<String, Category> categories;
    final List<Field> fields = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    /** The business clock's day: the year of a date the text gives without one. */
    private final LocalDate today;

    /** An invitee category of the deployment, by the code the parser recognises: its id and the name a person reads. */
    record Category(long id, String name) {
    }

    PlanParser(DocText doc, OrgMatcher orgs, Map<String, Category> categories, LocalDate today) {
        this.today = today;
        this.doc = doc;
        this.orgs = orgs;
        this.categories = categories;
    }

    private Long categoryId(String code) {
        Category c = categories.get(code);
        return c == null ? null : c.id();
    }

    /** The category's name, or its code when the deployment has no such category (the review then says so). */
    private String categoryName(String code) {
        Category c = categories.get(code);
        return c == null ? null : c.name();
    }

    private String categoryLabel(String code) {
        String name = categoryName(code);
        return name != null ? name : code;
    }

    record Parsed(DraftPlan plan, List<DraftTask> tasks, List<DraftEvent> events, List<DraftQuota> quotas, DraftCampaign campaign,
                  List<DraftTarget> targets, List<DraftOrganization> newOrganizations, boolean looksLikePlan) {
    }

    /** Agencies the text names that match no organisation, proposed for creation, by their folded name. */
    final List<DraftOrganization> proposals = new ArrayList<>();
    private final Map<String, Integer> proposalIndex = new HashMap<>();
    private final Map<OrgMatcher.Match, Integer> proposalOf = new IdentityHashMap<>();

    /** The proposal for an agency the text names and the tree lacks (one per name); null for what is not a name of an agency. */
    Integer propose(String name, Para p, int start, int end, OrgMatcher.Match match) {
        String n = clean(name == null ? null : name.replaceAll("[.:;,]+\\s*$", ""));
        if (n == null || n.length() < 4 || n.length() > 300) return null;
        String key = OrgMatcher.normalize(n);
        if (key.length() < 4 || !ORG_HEAD.matcher(key).find() && !key.contains("cong an")) return null;
        Integer at = proposalIndex.get(key);
        if (at == null) {
            vn.safeonline.org.OrganizationType type = OrgMatcher.guessType(n);
            Long parent = orgs.parentFor(type);
            int s0 = Math.max(0, Math.min(start, p == null ? 0 : p.text().length()));
            int s1 = Math.max(s0, Math.min(end, p == null ? 0 : p.text().length()));
            proposals.add(new DraftOrganization(Character.toUpperCase(n.charAt(0)) + n.substring(1), type, parent, parent != null,
                    p == null ? null : p.text().substring(s0, s1), p == null ? null : SpanView.of(p.span(s0, s1)),
                    match == null ? List.of() : match.suggestions().stream().map(ImportDtos::ref).toList()));
            at = proposals.size() - 1;
            proposalIndex.put(key, at);
        }
        if (match != null) proposalOf.put(match, at);
        return at;
    }

    private record Section(int roman, int from, int to) {
    }

    // ---- small helpers ----------------------------------------------------------------------------------------------

    private void found(String path, String label, String value, Para p, int start, int end, double confidence) {
        // a value's place never breaks the draft: clamped to its paragraph
        int s0 = Math.max(0, Math.min(start, p.text().length()));
        int s1 = Math.max(s0, Math.min(end, p.text().length()));
        fields.add(new Field(path, label, value, p.text().substring(s0, s1), SpanView.of(p.span(s0, s1)), confidence, "FOUND", null));
    }

    private void missing(String path, String label) {
        fields.add(new Field(path, label, null, null, null, 0, "MISSING", null));
    }

    static int digits(String s) {
        return Integer.parseInt(s.replaceAll("\\s", "").replaceAll("[lI|]", "1").replaceAll("[oO]", "0"));
    }

    private static boolean noisy(String s) {
        return s.matches(".*[lI|oO].*");
    }

    private static LocalDate date(int d, int m, int y) {
        try {
            return LocalDate.of(y, m, d);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The text after a leading bullet or sub-point marker, and where it starts. */
    private static int bodyStart(Para p) {
        Matcher m = SUBPOINT.matcher(p.folded());
        return m.matches() ? m.start(1) : 0;
    }

    private static String clean(String s) {
        return s == null ? null : s.replaceAll("\\s+", " ").replaceAll("^[\\s\\-–•+:]+|[\\s;,]+$", "").trim();
    }

    // ---- the parse ------------------------------------------------------------------------------------------------------

    /**
     * Never throws: a part of the document the reader cannot follow gives a warning and the rest of the draft. A failure here is a
     * bug (the property tests look for the warning), but the coordinator still gets what was read.
     */
    Parsed parse() {
        try {
            return read();
        } catch (RuntimeException e) {
            warnings.add(INTERNAL + e.getClass().getSimpleName());
            failures.add(e);
            return new Parsed(new DraftPlan(null, null, null, null, null, null, null, List.of(), null, null, List.of(), List.of(), null, null, null, null,
                    null, null, null, null), List.of(), List.of(), List.of(), null, List.of(), List.copyOf(proposals), false);
        }
    }

    /** What failed inside, for the tests that look for the reader's bugs. */
    final List<RuntimeException> failures = new ArrayList<>();

    static final String INTERNAL = "Không đọc được một phần văn bản (lỗi của bộ đọc): ";

    /** One part of the reading; when it fails, the draft goes on without it and says so. */
    private <T> T part(String what, java.util.function.Supplier<T> read, T otherwise) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            warnings.add(INTERNAL + what + " (" + e.getClass().getSimpleName() + ")");
            failures.add(e);
            return otherwise;
        }
    }

    private Parsed read() {
        List<Para> ps = doc.paras;
        String number = null;
        String symbol = null;
        String place = null;
        LocalDate issueDate = null;
        int titleAt = -1;
        int placeAt = -1;
        String title = null;
        int header = Math.min(ps.size(), 25);
        for (int i = 0; i < ps.size(); i++) {
            Para p = ps.get(i);
            String f = p.folded();
            if (i >= header) {
                // a decision carries its plan as an attachment: the plan's own heading comes after the decision's articles
                if (titleAt < 0 && f.replaceAll("[^a-z ]", "").trim().replaceAll("\\s+", " ").matches("ke hoach") && i + 1 < ps.size()) {
                    Para t = ps.get(i + 1);
                    title = clean(t.text().replaceAll("[#*]", ""));
                    found("plan.title", "Trích yếu", title, t, 0, t.text().length(), 0.85);
                    titleAt = i;
                }
                continue;
            }
            if (titleAt < 0 && title == null && f.matches("^\\s*v\\s*/\\s*v\\b.*") && f.length() < 400) {
                // an official letter (công văn) says what it is about after "V/v"
                int at = f.indexOf('v', f.indexOf('/')) + 1;
                title = clean(p.text().substring(at).replaceFirst("^[\\s:.]+", ""));
                if (title != null && title.length() > 3) {
                    title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
                    found("plan.title", "Trích yếu", title, p, at, p.text().length(), 0.8);
                } else {
                    title = null;
                }
                continue;
            }
            Matcher m = NUMBER_SYMBOL.matcher(f);
            if (symbol == null && m.find()) {
                int g = m.group(2) != null ? 2 : 4;
                symbol = p.text().substring(m.start(g), m.end(g)).toUpperCase(java.util.Locale.ROOT).replaceAll("[.]+$", "");
                found("plan.symbol", "Ký hiệu", symbol, p, m.start(g), m.end(g), g == 4 || noisy(p.text().substring(m.start(), m.start(g))) ? 0.8 : 0.95);
                if (g == 2 && !m.group(1).isEmpty()) {
                    number = String.valueOf(digits(m.group(1)));
                    found("plan.number", "Số", number, p, m.start(1), m.end(1), noisy(m.group(1)) ? 0.7 : 0.95);
                } else {
                    missing("plan.number", "Số");
                }
                continue;
            }
            m = PLACE_DATE.matcher(f);
            if (place == null && m.find()) {
                placeAt = i;
                place = clean(p.text().substring(m.start(1), m.end(1)));
                found("plan.place", "Địa danh", place, p, m.start(1), m.end(1), 0.9);
                if (m.group(2) != null && m.group(3) != null) {
                    issueDate = date(digits(m.group(2)), digits(m.group(3)), Integer.parseInt(m.group(4)));
                    if (issueDate != null) found("plan.issueDate", "Ngày ban hành", issueDate.toString(), p, m.start(2), m.end(4), noisy(m.group(0)) ? 0.7 : 0.95);
                } else {
                    missing("plan.issueDate", "Ngày ban hành");
                }
                continue;
            }
            if (titleAt < 0 && f.replaceAll("[^a-z ]", "").trim().replaceAll("\\s+", " ").matches("ke hoa?ch(\\s.*)?") && f.trim().length() < 200) {
                String rest = p.text().replaceFirst("^[^\\p{L}]*\\p{L}+\\s+\\p{L}+\\s*", "").trim();
                if (rest.length() > 10) {
                    title = rest;
                    int at = p.text().indexOf(rest);
                    found("plan.title", "Trích yếu", title, p, at, at + rest.length(), 0.8);
                } else if (i + 1 < ps.size()) {
                    // the title runs until the body starts ("Căn cứ…", "Thực hiện…", a section), over wrapped lines
                    Para t = ps.get(i + 1);
                    StringBuilder b = new StringBuilder(t.text().replaceAll("[#*]", "").trim());
                    for (int k = i + 2; k < Math.min(ps.size(), i + 5) && b.length() < 400; k++) {
                        String nf = ps.get(k).folded().replaceAll("^[#*\\s]+", "");
                        if (nf.matches("^(can cu|thuc hien|theo|de |nham |trien khai|i\\s*[.)]|\\().*") || ROMAN.matcher(nf).matches()) break;
                        b.append(' ').append(ps.get(k).text().replaceAll("[#*]", "").trim());
                    }
                    title = clean(b.toString());
                    found("plan.title", "Trích yếu", title, t, 0, t.text().length(), 0.9);
                }
                titleAt = i;
            }
        }
        // a plan attached to a decision says so under its title: "(Ban hành kèm theo Quyết định số …)" is not the title
        if (title != null) title = title.replaceFirst("(?iu)\\s*\\((?:ban hành|ban hanh|kèm theo|kem theo)\\b.*$", "");
        if (symbol == null) missing("plan.symbol", "Ký hiệu");
        if (title == null) missing("plan.title", "Trích yếu");

        // issuing body: the upper-case lines above the number, or the body the symbol names (KH-UBND → the People's Committee)
        String symbolFinal = symbol;
        String placeFinal = place;
        part("cơ quan ban hành", () -> {
            issuer(ps, symbolFinal, placeFinal);
            return null;
        }, null);

        // sections by Roman numerals
        List<Section> sections = new ArrayList<>();
        for (int i = Math.max(0, titleAt); i < ps.size(); i++) {
            Matcher m = ROMAN.matcher(ps.get(i).folded().replaceAll("^[#*\\s]+", ""));
            Matcher bare = ROMAN_BARE.matcher(ps.get(i).folded().replaceAll("^[#*\\s]+", ""));
            if (!m.matches() && bare.matches() && upper(ps.get(i).text())) m = bare; // OCR lost the dot: "II NỘI DUNG"
            if (m.matches() && m.group(2).length() < 150) {
                int roman = bySense(m.group(2));
                // the numeral, when it goes on from the last section, wins over the words ("IV. TỔ CHỨC THỰC HIỆN" after "III. PHÂN CÔNG NHIỆM VỤ")
                int numeral = roman(m.group(1));
                int last = sections.isEmpty() ? 0 : sections.get(sections.size() - 1).roman();
                if (roman == 0 || numeral > 0 && numeral == last + 1 && roman != last + 1) roman = numeral;
                if (roman > 0 && (sections.isEmpty() || roman == sections.get(sections.size() - 1).roman() + 1)) {
                    if (!sections.isEmpty()) sections.set(sections.size() - 1, new Section(sections.get(sections.size() - 1).roman(), sections.get(sections.size() - 1).from(), i));
                    sections.add(new Section(roman, i + 1, ps.size()));
                }
            }
        }
        int firstSection = sections.isEmpty() ? ps.size() : sections.get(0).from() - 1;
        int recipientsAt = -1;
        for (int i = 0; i < ps.size(); i++) if (ps.get(i).folded().replaceAll("[^a-z :]", "").trim().startsWith("noi nhan")) recipientsAt = i;
        if (!sections.isEmpty() && recipientsAt > 0) {
            Section last = sections.get(sections.size() - 1);
            if (last.to() > recipientsAt && recipientsAt > last.from()) sections.set(sections.size() - 1, new Section(last.roman(), last.from(), recipientsAt));
        }

        int basesFrom = Math.max(0, titleAt);
        List<LegalBasis> bases = part("căn cứ", () -> legalBases(ps, basesFrom, firstSection), new ArrayList<>());
        String purpose = null;
        String requirements = null;
        List<ContentSection> content = new ArrayList<>();
        List<DraftEvent> events = new ArrayList<>();
        List<DraftTask> tasks = new ArrayList<>();
        List<DraftQuota> quotas = new ArrayList<>();
        LocalDate listsDeadline = null;
        Section one = section(sections, 1);
        if (one != null) {
            StringBuilder pu = new StringBuilder();
            StringBuilder rq = new StringBuilder();
            for (int i = one.from(); i < one.to(); i++) {
                String t = ps.get(i).text();
                (ps.get(i).folded().matches(".*(nghiem tuc|chat che|chu dao|yeu cau|an toan, tiet kiem).*") ? rq : pu).append(rq.isEmpty() && pu.isEmpty() ? "" : "\n").append(t);
            }
            purpose = clean(pu.toString().replaceAll("^\n", ""));
            requirements = rq.isEmpty() ? null : rq.toString().trim();
            if (purpose != null && one.from() < ps.size()) found("plan.purpose", "Mục đích", "…", ps.get(one.from()), 0, ps.get(one.from()).text().length(), 0.7);
        }
        Section two = section(sections, 2);
        if (two != null) {
            content = part("mục II", () -> contentSections(ps, two), new ArrayList<>());
            String planTitle = title;
            DraftEvent e = part("sự kiện", () -> event(ps, two, planTitle), null);
            if (e != null) events.add(e);
        }
        if (events.isEmpty()) {
            String planTitle = title;
            int proseFrom = Math.max(0, titleAt);
            DraftEvent e = part("sự kiện trong câu", () -> eventInProse(ps, proseFrom, recipientsAtFinal(ps), planTitle), null);
            if (e != null) events.add(e);
        }
        // the general provisions (and the rest of section III) carry the lists' deadline and the contact person
        Section three = section(sections, 3);
        int deadlinesFrom = three != null ? three.from() : firstSection;
        for (int i = deadlinesFrom; i < (recipientsAt > deadlinesFrom ? recipientsAt : ps.size()); i++) {
            Matcher m = DEADLINE.matcher(ps.get(i).folded());
            if (m.find()) {
                int y = m.group(3) != null ? Integer.parseInt(m.group(3)) : events.isEmpty() || events.get(0).startsAt() == null ? today.getYear() : events.get(0).startsAt().getYear();
                LocalDate d = date(digits(m.group(1)), digits(m.group(2)), y);
                if (d != null && (listsDeadline == null || d.isAfter(listsDeadline))) {
                    listsDeadline = d;
                    found("quotas[].deadline", "Hạn gửi danh sách", d.toString(), ps.get(i), m.start(1), m.end(m.group(3) != null ? 3 : 2), 0.9);
                }
            }
        }
        LocalDate lists = listsDeadline;
        if (three != null) part("phân công nhiệm vụ", () -> {
            tasks(ps, three, events, lists, tasks, quotas);
            return null;
        }, null);
        int bodyFrom = Math.max(0, titleAt);
        int placeIndex = placeAt;
        if (tasks.isEmpty()) part("nhiệm vụ trong bảng", () -> {
            tableTasks(ps, bodyFrom, ps.size(), events, lists, tasks, quotas);
            return null;
        }, null);
        if (tasks.isEmpty()) part("nhiệm vụ được giao", () -> {
            assignedTasks(ps, Math.max(bodyFrom, placeIndex + 1), recipientsAtFinal(ps), events, lists, tasks, quotas);
            return null;
        }, null);
        uniqueLabels(tasks);
        // an invitation needs its event and a deadline: without an event in the text there is nothing to invite to
        if (events.isEmpty() && !quotas.isEmpty()) {
            warnings.add("Có chỉ tiêu mời nhưng không thấy sự kiện (thời gian, địa điểm): các chỉ tiêu mời được bỏ qua");
            quotas.clear();
        }
        for (int q = 0; q < quotas.size(); q++) {
            DraftQuota dq = quotas.get(q);
            if (dq.deadline() == null) {
                LocalDate day = events.get(0).startsAt() != null ? events.get(0).startsAt().toLocalDate() : tasks.get(dq.taskIndex()).dueDate();
                if (day != null) quotas.set(q, withDeadline(dq, deadline(day)));
            }
        }

        // contact person and phone, anywhere in the body
        String contactName = null;
        String contactTitle = null;
        String contactPhone = null;
        for (int i = 0; i < (recipientsAt > 0 ? recipientsAt : ps.size()); i++) {
            Para p = ps.get(i);
            Matcher m = CONTACT.matcher(p.folded());
            if (contactName == null && m.find()) {
                contactName = clean(p.text().substring(m.start(1), m.end(1)));
                contactTitle = clean(p.text().substring(m.start(2), m.end(2)));
                found("plan.contactName", "Người liên hệ", contactName, p, m.start(1), m.end(1), 0.85);
                found("plan.contactTitle", "Chức vụ người liên hệ", contactTitle, p, m.start(2), m.end(2), 0.8);
            }
            m = PHONE.matcher(p.folded());
            if (contactPhone == null && m.find()) {
                contactPhone = p.text().substring(m.start(1), m.end(1)).trim();
                found("plan.contactPhone", "Điện thoại liên hệ", contactPhone, p, m.start(1), m.end(1), 0.9);
            }
        }

        List<RecipientInput> recipients = new ArrayList<>();
        String[] signer = new String[3];
        int recipientsFinal = recipientsAt;
        if (recipientsAt >= 0) part("nơi nhận và người ký", () -> {
            recipientsAndSigner(ps, recipientsFinal, recipients, signer);
            return null;
        }, null);
        else missing("plan.recipients", "Nơi nhận");

        Roles roles = part("cơ quan thường trực", () -> roles(ps, tasks), new Roles(null, null, null, null));
        for (int q = 0; q < quotas.size(); q++) {
            if (roles.receiver() != null) quotas.set(q, withReceiver(quotas.get(q), roles.receiver()));
        }
        DraftCampaign campaign = part("chiến dịch", () -> campaign(ps, section(sections, 2)), null);
        List<DraftTarget> targets = campaign == null ? new ArrayList<>() : part("chỉ tiêu", () -> targets(tasks), new ArrayList<>());
        LocalDate end = events.stream().map(DraftEvent::startsAt).filter(x -> x != null).map(OffsetDateTime::toLocalDate).findFirst().orElse(null);
        for (DraftTask t : tasks) if (t.dueDate() != null && (end == null || t.dueDate().isAfter(end))) end = t.dueDate();
        if (campaign != null && campaign.endsOn() != null && (end == null || campaign.endsOn().isAfter(end))) end = campaign.endsOn();
        LocalDate start = issueDate != null ? issueDate : campaign != null ? campaign.startsOn() : null;
        if (campaign != null) campaign = completed(campaign, title, start, end);
        DraftPlan plan = new DraftPlan(number, symbol, place, issueDate, title, roles.standing(), roles.standingNew(), bases, purpose, requirements, content,
                recipients, signer[0], signer[1], signer[2], contactName, contactTitle, contactPhone, start, end);
        boolean looksLikePlan = (titleAt >= 0 || title != null) && (!tasks.isEmpty() || sections.size() >= 2 || campaign != null);
        return new Parsed(plan, tasks, events, quotas, campaign, targets, List.copyOf(proposals), looksLikePlan);
    }

    private static Section section(List<Section> sections, int roman) {
        return sections.stream().filter(s -> s.roman() == roman).findFirst().orElse(null);
    }

    /** The section a heading's words name, whatever its numeral reads as (OCR reads III as II): 0 when they name none. */
    private static int bySense(String heading) {
        if (heading.matches(".*(phan cong|to chuc thuc hien|trach nhiem thuc hien).*")) return 3;
        if (heading.matches("^(muc dich|muc tieu).*")) return 1;
        if (heading.matches("^noi dung.*")) return 2;
        return 0;
    }

    private static boolean upper(String s) {
        String letters = s.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 4 && letters.chars().allMatch(Character::isUpperCase);
    }

    private static int roman(String r) {
        String n = r.replaceAll("[l1|]", "i");
        return switch (n) {
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            case "v" -> 5;
            case "vi" -> 6;
            case "vii" -> 7;
            default -> 0;
        };
    }

    private void issuer(List<Para> ps, String symbol, String place) {
        StringBuilder upper = new StringBuilder();
        Para first = null;
        for (Para p : ps) {
            if (NUMBER_SYMBOL.matcher(p.folded()).find()) break;
            String letters = p.text().replaceAll("[^\\p{L}]", "");
            if (letters.length() >= 4 && letters.chars().allMatch(Character::isUpperCase) && !p.folded().contains("cong hoa") && !p.folded().contains("doc lap")) {
                if (first == null) first = p;
                upper.append(upper.isEmpty() ? "" : " ").append(p.text().replaceAll("[*#]", "").trim());
            }
        }
        String phrase = upper.toString();
        double confidence = 0.9;
        if (phrase.isBlank() && symbol != null && symbol.contains("-")) {
            String body = symbol.substring(symbol.indexOf('-') + 1);
            phrase = OrgMatcher.normalize(body) + (place != null ? " thanh pho " + place : "");
            confidence = 0.6;
        }
        if (phrase.isBlank()) {
            missing("issuer", "Cơ quan ban hành");
            return;
        }
        OrgMatcher.Match m = orgs.match(phrase);
        SpanView at = first == null ? null : SpanView.of(first.span(0, first.text().length()));
        if (m.status() == OrgMatcher.Status.MATCHED) {
            fields.add(new Field("issuer", "Cơ quan ban hành", m.org().name(), phrase, at, Math.min(confidence, m.confidence()), "FOUND", null));
        } else {
            fields.add(new Field("issuer", "Cơ quan ban hành", null, phrase, at, m.confidence(), "UNKNOWN_ORGANIZATION",
                    m.suggestions().stream().map(ImportDtos::ref).toList()));
        }
    }

    private List<LegalBasis> legalBases(List<Para> ps, int from, int to) {
        List<LegalBasis> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Para p = ps.get(i);
            String f = p.folded();
            // "Căn cứ…" and "Thực hiện…" paragraphs, or their pieces where OCR broke them: a basis always has a kind and a number
            int clauseStart = 0;
            for (String clause : f.split(";", -1)) {
                Matcher m = LEGAL.matcher(clause);
                if (m.find()) {
                    int off = clauseStart;
                    String kind = p.text().substring(off + m.start(1), off + m.end(1));
                    kind = Character.toUpperCase(kind.charAt(0)) + kind.substring(1).toLowerCase(java.util.Locale.forLanguageTag("vi"));
                    String num = p.text().substring(off + m.start(2), off + m.end(2)).replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT)
                            .replace("Đ", "Đ");
                    LocalDate d = null;
                    Matcher dm = NUMERIC_DATE.matcher(clause);
                    Matcher wm = WORD_DATE.matcher(clause);
                    if (dm.find(m.end())) d = date(digits(dm.group(1)), digits(dm.group(2)), Integer.parseInt(dm.group(3)));
                    else if (wm.find(m.end())) d = date(digits(wm.group(1)), digits(wm.group(2)), Integer.parseInt(wm.group(3)));
                    String issuer = null;
                    String summary = null;
                    int cua = clause.indexOf(" cua ", m.end());
                    if (cua >= 0) {
                        Matcher stop = Pattern.compile("\\s(ve viec|ve|phe duyet|ban hanh|huong dan|quy dinh|trien khai)\\s|\\(|$").matcher(clause);
                        int issuerEnd = stop.find(cua + 5) ? stop.start() : clause.length();
                        issuer = clean(p.text().substring(off + cua + 5, off + issuerEnd));
                        String rest = clean(p.text().substring(off + issuerEnd, off + clause.length()));
                        summary = rest == null || rest.isEmpty() ? null : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
                        if (summary != null && summary.startsWith("(")) summary = null;
                    }
                    int n = out.size();
                    out.add(new LegalBasis(kind, num, d, issuer, summary));
                    found("plan.legalBases[" + n + "].number", "Căn cứ: " + kind, num, p, off + m.start(2), off + m.end(2), 0.9);
                    if (d != null) found("plan.legalBases[" + n + "].date", "Ngày của căn cứ", d.toString(), p, off + m.end(2), Math.min(p.text().length(), off + m.end(2) + 16), 0.85);
                    if (issuer != null) found("plan.legalBases[" + n + "].issuer", "Cơ quan ban hành căn cứ", issuer, p, off + cua + 5, off + cua + 5 + issuer.length(), 0.8);
                }
                clauseStart += clause.length() + 1;
            }
        }
        return out;
    }

    private List<ContentSection> contentSections(List<Para> ps, Section s) {
        List<ContentSection> out = new ArrayList<>();
        String heading = null;
        StringBuilder body = new StringBuilder();
        for (int i = s.from(); i < s.to(); i++) {
            Para p = ps.get(i);
            Matcher m = NUMBERED.matcher(p.folded());
            if (m.matches() && !p.folded().matches("^\\d+\\.\\d+.*") && p.text().length() < 200) {
                if (heading != null) out.add(new ContentSection(heading, body.toString().trim()));
                heading = clean(p.text());
                body.setLength(0);
            } else if (heading != null) {
                body.append(body.isEmpty() ? "" : "\n").append(p.text().trim());
            }
        }
        if (heading != null) out.add(new ContentSection(heading, body.toString().trim()));
        return out;
    }

    private DraftEvent event(List<Para> ps, Section s, String planTitle) {
        LocalDate day = null;
        LocalTime from = null;
        LocalTime to = null;
        String venueName = null;
        String venueAddress = null;
        EventFormat format = null;
        Integer expected = null;
        String chair = null;
        String how = null;
        for (int i = s.from(); i < s.to(); i++) {
            Para p = ps.get(i);
            String f = p.folded();
            int b = bodyStart(p);
            String label = f.substring(b).replaceAll("^\\s+", "").replaceFirst("^\\d{1,2}\\s*[.)]\\s*", "");
            if (label.startsWith("thoi gian")) {
                Matcher dm = NUMERIC_DATE.matcher(f);
                if (dm.find()) {
                    day = date(digits(dm.group(1)), digits(dm.group(2)), Integer.parseInt(dm.group(3)));
                    if (day != null) found("events[0].startsAt", "Ngày tổ chức", day.toString(), p, dm.start(), dm.end(), 0.9);
                }
                Matcher tm = TIME.matcher(f);
                int searchFrom = f.indexOf(':') + 1;
                if (tm.find(searchFrom) && (dm.hitEnd() || tm.start() < f.length())) {
                    from = LocalTime.of(Math.min(23, digits(tm.group(1))), tm.group(2) == null ? 0 : Integer.parseInt(tm.group(2)));
                    found("events[0].startsAt", "Giờ bắt đầu", from.toString(), p, tm.start(), tm.end(), 0.85);
                    int den = f.indexOf("den", tm.end());
                    if (den >= 0 && tm.find(den)) {
                        to = LocalTime.of(Math.min(23, digits(tm.group(1))), tm.group(2) == null ? 0 : Integer.parseInt(tm.group(2)));
                        found("events[0].endsAt", "Giờ kết thúc", to.toString(), p, tm.start(), tm.end(), 0.85);
                    }
                }
            } else if (label.startsWith("dia diem")) {
                String text = p.text().substring(Math.min(p.text().length(), f.indexOf(':', b) + 1)).trim();
                int paren = text.indexOf('(');
                venueName = clean(paren > 0 ? text.substring(0, paren) : text).replaceAll("\\.$", "");
                if (paren > 0 && text.indexOf(')', paren) > paren) {
                    String addr = text.substring(paren + 1, text.indexOf(')', paren)).trim();
                    venueAddress = Character.toUpperCase(addr.charAt(0)) + addr.substring(1);
                }
                int at = p.text().indexOf(venueName);
                found("events[0].venues[0].name", "Địa điểm", venueName, p, Math.max(0, at), Math.max(0, at) + venueName.length(), 0.85);
            } else if (label.startsWith("hinh thuc")) {
                how = clean(p.text().substring(Math.min(p.text().length(), f.indexOf(':', b) + 1)));
                boolean online = f.contains("truc tuyen") || f.contains("diem cau") || f.contains("tiep song");
                boolean onSite = f.contains("truc tiep");
                format = f.contains("ket hop") ? EventFormat.HYBRID : online && (onSite || f.contains("tiep song")) ? EventFormat.LIVE_RELAY
                        : online ? EventFormat.ONLINE : EventFormat.IN_PERSON;
                found("events[0].format", "Hình thức", format.name(), p, b, p.text().length(), 0.75);
            } else if (label.startsWith("chu tri")) {
                chair = clean(p.text().substring(Math.min(p.text().length(), f.indexOf(':', b) + 1))).replaceAll("\\.$", "");
                found("events[0].chair", "Chủ trì", chair, p, f.indexOf(':', b) + 1, p.text().length(), 0.85);
            }
            Matcher am = ATTENDANCE.matcher(f);
            if (expected == null && am.find()) {
                expected = Integer.parseInt(am.group(1));
                found("events[0].expectedAttendance", "Số đại biểu dự kiến", expected.toString(), p, am.start(1), am.end(1), 0.9);
            }
            Matcher cm = Pattern.compile("(\\d+\\.\\d+\\.\\s*)chu tri\\s*:").matcher(f);
            if (chair == null && cm.find()) {
                chair = clean(p.text().substring(cm.end())).replaceAll("\\.$", "");
                found("events[0].chair", "Chủ trì", chair, p, cm.end(), p.text().length(), 0.85);
            }
        }
        if (day == null && venueName == null) return null;
        String title = planTitle == null ? "Sự kiện" : planTitle.replaceFirst("^(?i)tổ chức\\s+", "");
        title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
        OffsetDateTime starts = day == null ? null : day.atTime(from != null ? from : LocalTime.of(8, 0)).atOffset(VN);
        OffsetDateTime ends = day == null ? null : day.atTime(to != null ? to : (from != null ? from : LocalTime.of(8, 0)).plusHours(2)).atOffset(VN);
        List<VenueInput> venues = venueName == null ? List.of() : List.of(new VenueInput(null, venueName, venueAddress, null, true));
        if (format == null) {
            format = EventFormat.IN_PERSON;
            warnings.add("Không thấy hình thức tổ chức sự kiện: tạm để trực tiếp");
        }
        if (title.length() > 300) title = title.substring(0, 300);
        if (chair != null && chair.length() > 300) chair = chair.substring(0, 300);
        if (how != null && how.length() > 5000) how = how.substring(0, 5000);
        return new DraftEvent(title, starts, ends, format, expected, chair, how, venues);
    }

    private static final Pattern PROSE_EVENT = Pattern.compile("\\b(hoi nghi|le|hoi thao|tap huan|dien dan|ngay hoi|toa dam|buoi)\\b[^.;]{0,200}?"
            + "(?<![0-9a-z])(\\d{1,2})\\s*(?:gio|h|:)\\s*(\\d{2})?\\s*,?\\s*(?:[a-z ]{0,20},\\s*)?(?:ngay\\s+)?(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})"
            + "\\s+tai\\s+([^.;(]{5,150}?)\\s*(?:\\(|\\.|;|,|$)");

    /** An event a sentence tells ("tổ chức Hội nghị tập huấn … vào lúc 14 giờ 00 ngày 27/3/2025 tại Hội trường …"): a letter has no section II. */
    private DraftEvent eventInProse(List<Para> ps, int from, int to, String planTitle) {
        for (int i = from; i < Math.min(to, ps.size()); i++) {
            Para p = ps.get(i);
            Matcher m = PROSE_EVENT.matcher(p.folded());
            if (!m.find()) continue;
            LocalDate day = date(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
            int hour = Integer.parseInt(m.group(2));
            if (day == null || hour > 23) continue;
            LocalTime at = LocalTime.of(hour, m.group(3) == null ? 0 : Math.min(59, Integer.parseInt(m.group(3))));
            String venue = clean(p.text().substring(m.start(7), m.end(7)));
            found("events[0].startsAt", "Thời gian tổ chức", day.atTime(at).toString(), p, m.start(2), m.end(6), 0.75);
            found("events[0].venues[0].name", "Địa điểm", venue, p, m.start(7), m.end(7), 0.75);
            String title = planTitle == null ? "Sự kiện" : planTitle;
            title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
            if (title.length() > 300) title = title.substring(0, 300);
            warnings.add("Sự kiện đọc từ một câu trong văn bản: cần kiểm tra tên, hình thức và thời gian kết thúc");
            return new DraftEvent(title, day.atTime(at).atOffset(VN), day.atTime(at).plusHours(2).atOffset(VN), EventFormat.IN_PERSON, null, null, null,
                    List.of(new VenueInput(null, venue, null, null, true)));
        }
        return null;
    }

    /**
     * A label names one task of a plan (the database holds it unique): when the document gives several tasks one heading
     * (a point and its bullets), they become III.1.a, III.1.b, … in document order.
     */
    static void uniqueLabels(List<DraftTask> tasks) {
        Map<String, Integer> seen = new HashMap<>();
        tasks.forEach(t -> { if (t.label() != null) seen.merge(t.label(), 1, Integer::sum); });
        Map<String, Integer> next = new HashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            DraftTask t = tasks.get(i);
            if (t.label() == null || seen.get(t.label()) < 2) continue;
            int n = next.merge(t.label(), 1, Integer::sum);
            String suffix = n <= 26 ? String.valueOf((char) ('a' + n - 1)) : String.valueOf(n);
            tasks.set(i, new DraftTask(t.label() + "." + suffix, t.leadOrganizationId(), t.leadNewOrganization(), t.cooperatingOrganizationIds(),
                    t.cooperatingNewOrganizations(), t.text(), t.dueDate(), t.target()));
        }
    }

    private void tasks(List<Para> ps, Section s, List<DraftEvent> events, LocalDate listsDeadline, List<DraftTask> tasks, List<DraftQuota> quotas) {
        String label = null;
        OrgMatcher.Match lead = null;
        boolean inGroup = false;
        for (int i = s.from(); i < s.to(); i++) {
            Para p = ps.get(i);
            String f = p.folded().replaceAll("^[#*\\s]+", "");
            Matcher n = NUMBERED.matcher(f);
            if (n.matches() && !f.matches("^\\d+\\.\\d+.*")) {
                String head = p.text().replaceFirst("^[#*\\s]*\\d{1,2}\\s*[.)]\\s*", "");
                String runOn = null;
                if (head.length() > 110 || orgs.match(head.replaceAll("[.:]+\\s*$", "")).status() != OrgMatcher.Status.MATCHED) {
                    // a PDF runs the heading into its first task: "4. Sở Văn hóa, Thể thao và Du lịch Tham mưu lãnh đạo…"
                    // (the longest such prefix of the whole heading: the cut is made on the whole, never on what is left of it — the
                    // 500 of issue 15 was this loop cutting the heading it was still matching)
                    String whole = head;
                    Matcher w = Pattern.compile("\\s(?=\\p{Lu})").matcher(whole);
                    while (w.find() && w.start() <= 110) {
                        OrgMatcher.Match prefix = orgs.match(whole.substring(0, w.start()));
                        if (prefix.status() == OrgMatcher.Status.MATCHED && prefix.confidence() >= 0.95) {
                            runOn = whole.substring(w.end());
                            head = whole.substring(0, w.start());
                        }
                    }
                }
                String headFolded = OrgMatcher.normalize(head);
                boolean shortHead = head.length() <= 110 && !head.trim().endsWith(";");
                OrgMatcher.Match m = shortHead ? orgs.match(head.replaceAll("[.:]+\\s*$", "")) : null;
                if (shortHead && (m.status() == OrgMatcher.Status.MATCHED || ORG_HEAD.matcher(headFolded).find())) {
                    label = "III." + n.group(1);
                    lead = m;
                    inGroup = true;
                    int at = Math.max(0, p.text().indexOf(head));
                    if (m.status() == OrgMatcher.Status.MATCHED) {
                        fields.add(new Field("tasks[" + tasks.size() + "].leadOrganizationId", "Cơ quan chủ trì (" + label + ")", m.org().name(), head,
                                SpanView.of(p.span(at, at + head.length())), m.confidence(), "FOUND", null));
                    } else {
                        fields.add(new Field("tasks[" + tasks.size() + "].leadOrganizationId", "Cơ quan chủ trì (" + label + ")", null, head,
                                SpanView.of(p.span(at, at + head.length())), m.confidence(), "UNKNOWN_ORGANIZATION", m.suggestions().stream().map(ImportDtos::ref).toList()));
                        propose(head, p, at, at + head.length(), m);
                    }
                    if (runOn != null && runOn.length() >= 10) taskFrom(p, p.text().indexOf(runOn), clean(runOn), label, lead, events, listsDeadline, tasks, quotas);
                    continue;
                }
                inGroup = false; // a numbered provision that names no agency ends the assignments
                continue;
            }
            if (!inGroup) continue;
            // the closing provisions address every agency at once: "Các cơ quan, đơn vị được phân công…", "Trong quá trình thực hiện…"
            if (!SUBPOINT.matcher(f).matches() && f.matches("^(?:(?:de nghi|yeu cau)\\s+)?cac\\s+(?:co quan|don vi)\\b.*|^(?:trong\\s+)?qua trinh (?:thuc hien|trien khai)\\b.*")) {
                inGroup = false;
                continue;
            }
            int b = bodyStart(p);
            String text = clean(p.text().substring(b));
            if (text == null || text.length() < 10) continue;
            OrgMatcher.Match taskLead = lead;
            // a lettered sub-point may name its own agency: "a) Sở Y tế: …"
            int colon = text.indexOf(':');
            if (colon > 3 && colon < 90) {
                OrgMatcher.Match own = orgs.match(text.substring(0, colon));
                if (own.status() == OrgMatcher.Status.MATCHED) taskLead = own;
                else if (propose(text.substring(0, colon), p, b, b + colon, own) != null) taskLead = own;
            }
            taskFrom(p, b, text, label, taskLead, events, listsDeadline, tasks, quotas);
        }
    }

    private void taskFrom(Para p, int b, String text, String label, OrgMatcher.Match lead, List<DraftEvent> events, LocalDate listsDeadline,
                          List<DraftTask> tasks, List<DraftQuota> quotas) {
        int index = tasks.size();
        String path = "tasks[" + index + "]";
        String f = p.folded();
        found(path + ".text", "Nhiệm vụ " + label, text.length() > 80 ? text.substring(0, 80) + "…" : text, p, b, p.text().length(), 0.85);
        // cooperating agencies: the clause after "phối hợp"
        List<Long> cooperators = new ArrayList<>();
        List<Integer> cooperatingNew = new ArrayList<>();
        Integer leadNew = lead == null ? null : proposalOf.get(lead);
        int ph = f.indexOf("phoi hop", b);
        if (ph >= 0) {
            int end = f.length();
            for (String stop : List.of(";", ".", " chuan bi", " thuc hien", " to chuc", " de ", " trong ", " xay dung", " ra soat", " tham muu", " huong dan",
                    " trien khai", " tuyen truyen", " cung cap", " bao dam", " dam bao", " tap huan", " theo doi", " dua tin", " van dong",
                    " chi dao", " long ghep", " lua chon", " cu ", " moi ", " phat hien", " kiem tra", " ho tro", " thiet ke", " to chuc")) {
                int at = f.indexOf(stop, ph + 9);
                if (at > 0 && at < end) end = at;
            }
            Long leadId = lead != null && lead.org() != null ? lead.org().id() : null;
            List<OrgMatcher.Org> known = orgs.mentions(f.substring(ph + 8, end));
            for (OrgMatcher.Org o : known) {
                if (leadId != null && o.id() == leadId) continue;
                cooperators.add(o.id());
                fields.add(new Field(path + ".cooperatingOrganizationIds", "Cơ quan phối hợp", o.name(), p.text().substring(ph, end),
                        SpanView.of(p.span(ph, end)), 0.8, "FOUND", null));
            }
            // the agencies of the clause that the tree lacks: proposed, not dropped
            int at = ph + 8;
            // "và" joins two agencies only when an agency's word follows it: "Sở Thông tin và Truyền thông" is one
            for (String piece : p.text().substring(ph + 8, end).split(",|;|\\s(?:và|va|với|voi)\\s(?=(?:các\\s+|cac\\s+)?(?:Sở|So|Công an|Cong an|Ủy ban|Uy ban|UBND|Đoàn|Doan|Hội|Hoi|Ban|Phòng|Phong|Trường|Truong|Tỉnh đoàn|Tinh doan|Thành đoàn|Thanh doan|Báo|Bao|Đài|Dai|Văn phòng|Van phong)\\b)")) {
                int pieceAt = p.text().indexOf(piece, at);
                at = Math.max(at, pieceAt + piece.length());
                String name = clean(piece.replaceFirst("^(?iu)\\s*(với|voi|các|cac)\\s+", ""));
                if (name == null || name.length() < 4) continue;
                String folded = OrgMatcher.normalize(name);
                if (!ORG_HEAD.matcher(folded).find()) continue;
                if (known.stream().anyMatch(o -> OrgMatcher.normalize(o.name()).contains(folded) || folded.contains(OrgMatcher.normalize(o.name())))) continue;
                OrgMatcher.Match m = orgs.match(name);
                if (m.status() == OrgMatcher.Status.MATCHED) {
                    if (!cooperators.contains(m.org().id()) && (leadId == null || m.org().id() != leadId)) cooperators.add(m.org().id());
                    continue;
                }
                Integer n = propose(name, p, Math.max(0, pieceAt), Math.max(0, pieceAt) + piece.length(), m);
                if (n != null && !cooperatingNew.contains(n) && !n.equals(proposalOf.get(lead))) {
                    cooperatingNew.add(n);
                    fields.add(new Field(path + ".cooperatingNewOrganizations", "Cơ quan phối hợp (đề xuất tạo mới)", name, piece,
                            pieceAt < 0 ? null : SpanView.of(p.span(pieceAt, pieceAt + piece.length())), m.confidence(), "UNKNOWN_ORGANIZATION",
                            m.suggestions().stream().map(ImportDtos::ref).toList()));
                }
            }
        }
        // due date: stated in the task, else the lists' deadline for an invitation, else the event's day
        LocalDate due = null;
        Matcher dl = DEADLINE.matcher(f);
        if (dl.find(b)) {
            int y = dl.group(3) != null ? Integer.parseInt(dl.group(3)) : listsDeadline != null ? listsDeadline.getYear() : today.getYear();
            due = date(digits(dl.group(1)), digits(dl.group(2)), y);
            if (due != null) found(path + ".dueDate", "Thời hạn", due.toString(), p, dl.start(), dl.end(), 0.9);
        }
        Matcher period = PERIOD.matcher(f);
        if (due == null && period.find(b)) {
            due = date(digits(period.group(4)), digits(period.group(5)), Integer.parseInt(period.group(6)));
            if (due != null) found(path + ".dueDate", "Thời hạn", due.toString(), p, period.start(4), period.end(6), 0.8);
        }
        boolean invites = f.matches("(?s).*\\bmoi\\b.*");
        if (due == null && invites && listsDeadline != null) due = listsDeadline;
        if (due == null && !events.isEmpty() && events.get(0).startsAt() != null) due = events.get(0).startsAt().toLocalDate();
        // invitation quotas: every "mời …" clause, its counts and what they count
        int total = 0;
        boolean counted = false;
        Matcher moi = Pattern.compile("\\bmoi\\b|\\bcu\\b(?=\\s+\\d)").matcher(f);
        while (moi.find()) {
            int end = f.indexOf('.', moi.end());
            if (end < 0) end = f.length();
            String clause = f.substring(moi.end(), end);
            Matcher c = INVITE_COUNT.matcher(clause);
            boolean any = false;
            while (c.find()) {
                // what they are invited to is not who they are: "60 em học sinh tham dự Diễn đàn"
                String phrase = c.group(2).trim().replaceFirst("\\s+(tham du|tham gia|du|de|cung)\\s.*$", "");
                String code = category(phrase);
                if (code == null) continue;
                any = true;
                int count = digits(c.group(1));
                total += count;
                counted = true;
                int s0 = moi.end() + c.start(1);
                int s1 = moi.end() + c.end(2);
                quotas.add(new DraftQuota(0, index, lead != null && lead.org() != null ? lead.org().id() : null, leadNew, categoryId(code), code, categoryName(code), count,
                        deadline(listsDeadline), null, null, clean(p.text().substring(s0, s1))));
                found("quotas[" + (quotas.size() - 1) + "]", "Chỉ tiêu mời: " + categoryLabel(code), count + " × " + categoryLabel(code), p, s0, s1, 0.85);
            }
            if (!any) {
                String code = category(clause);
                if (code != null && !code.equals("LEADER")) {
                    quotas.add(new DraftQuota(0, index, lead != null && lead.org() != null ? lead.org().id() : null, leadNew, categoryId(code), code, categoryName(code), null,
                            deadline(listsDeadline), null, null, clean(p.text().substring(moi.end(), end))));
                    found("quotas[" + (quotas.size() - 1) + "]", "Chỉ tiêu mời: " + categoryLabel(code), "không giới hạn × " + categoryLabel(code), p, moi.start(), end, 0.6);
                }
            }
        }
        Target target = null;
        if (counted) target = new Target(TargetKind.COUNT, BigDecimal.valueOf(total), "đại biểu", null);
        Matcher pc = PERCENT.matcher(f);
        if (target == null && pc.find(b)) {
            String unit = clean(p.text().substring(pc.start(2), pc.end(2)));
            target = new Target(TargetKind.PERCENT, new BigDecimal(pc.group(1)), unit.length() > 100 ? unit.substring(0, 100) : unit, null);
            found(path + ".target", "Chỉ tiêu %", pc.group(1) + "% " + unit, p, pc.start(), pc.end(), 0.8);
        }
        Long leadId = lead != null && lead.org() != null ? lead.org().id() : null;
        if (lead == null) fields.add(new Field(path + ".leadOrganizationId", "Cơ quan chủ trì", null, null, null, 0, "UNKNOWN_ORGANIZATION", List.of()));
        tasks.add(new DraftTask(label, leadId, leadId == null ? leadNew : null, cooperators, cooperatingNew.isEmpty() ? null : cooperatingNew,
                text.length() > 10000 ? text.substring(0, 10000) : text, due, target));
    }

    private static OffsetDateTime deadline(LocalDate d) {
        return d == null ? null : d.atTime(23, 59, 59).atOffset(VN);
    }

    static String category(String phrase) {
        for (Map.Entry<String, Pattern> e : CATEGORIES) if (e.getValue().matcher(phrase).find()) return e.getKey();
        return null;
    }

    private void recipientsAndSigner(List<Para> ps, int at, List<RecipientInput> recipients, String[] signer) {
        int i = at + 1;
        // "Nơi nhận:" may carry its first line on the same paragraph
        for (; i < ps.size(); i++) {
            Para p = ps.get(i);
            String f = p.folded().trim();
            if (f.matches("^(tm|kt|tl|tuq|q)\\s*\\..*") || !f.startsWith("-") && !f.startsWith("+") && !f.startsWith("•")) break;
            String label = clean(p.text().replaceFirst("^[-+•\\s]+", "")).replaceAll("[;.]+$", "");
            if (label.isEmpty()) continue;
            OrgMatcher.Match m = orgs.match(label.replaceFirst("^(?i)lưu\\s*:.*", ""));
            Long org = m.status() == OrgMatcher.Status.MATCHED ? m.org().id() : null;
            recipients.add(new RecipientInput(org, label));
            found("plan.recipients[" + (recipients.size() - 1) + "]", "Nơi nhận", m.status() == OrgMatcher.Status.MATCHED ? m.org().name() : label, p, 0,
                    p.text().length(), m.status() == OrgMatcher.Status.MATCHED ? m.confidence() : 0.7);
        }
        for (; i < ps.size(); i++) {
            Para p = ps.get(i);
            String f = p.folded().trim();
            if (signer[0] == null && f.matches("^(tm|kt|tl|tuq|q)\\s*\\..*")) {
                String line = doc.lines.get(p.firstLine()).replaceAll("[*#]", "").trim();
                String[] parts = p.text().replaceAll("[*#]", "").trim().split("\\s{2,}");
                signer[0] = line.length() < p.text().length() && !line.isEmpty() ? line : parts[0];
                Matcher tt = Pattern.compile("^(.+?)\\s+((?:PHÓ |KT\\. )?(?:CHỦ TỊCH|GIÁM ĐỐC|CHÁNH VĂN PHÒNG|TRƯỞNG BAN|TRƯỞNG PHÒNG|THỦ TRƯỞNG|BÍ THƯ))$").matcher(signer[0]);
                if (tt.matches() && !tt.group(1).endsWith(".")) {
                    signer[0] = tt.group(1);
                    signer[1] = tt.group(2);
                    found("plan.signerTitle", "Chức vụ người ký", signer[1], p, p.text().indexOf(signer[1]), p.text().indexOf(signer[1]) + signer[1].length(), 0.8);
                }
                found("plan.signerAuthority", "Thẩm quyền ký", signer[0], p, 0, Math.min(p.text().length(), signer[0].length() + 2), 0.9);
                String rest = p.text().replaceAll("[*#]", "").trim().substring(Math.min(signer[0].length(), p.text().replaceAll("[*#]", "").trim().length())).trim();
                if (!rest.isEmpty() && signer[1] == null) {
                    signer[1] = rest;
                    found("plan.signerTitle", "Chức vụ người ký", rest, p, p.text().length() - rest.length(), p.text().length(), 0.85);
                }
                continue;
            }
            if (signer[0] != null && signer[1] == null && p.text().replaceAll("[^\\p{L}]", "").chars().allMatch(Character::isUpperCase)) {
                signer[1] = clean(p.text().replaceAll("[*#]", ""));
                found("plan.signerTitle", "Chức vụ người ký", signer[1], p, 0, p.text().length(), 0.85);
                continue;
            }
            // "(Đã ký)" before the name, and a police or army rank ("Đại tá Hoàng Văn Khánh"), are not the name
            String name = unsigned(p.text().replaceAll("[*#]", "").trim());
            if (!PERSON.matcher(name).matches()) name = unsigned(doc.lines.get(p.firstLine()).replaceAll("[*#]", "").trim()); // "Trương Cảnh Tuyên" run into the next line
            if (signer[0] != null && signer[2] == null && PERSON.matcher(name).matches() && p.text().contains(name)) {
                signer[2] = name;
                found("plan.signerName", "Người ký", name, p, p.text().indexOf(name), p.text().indexOf(name) + name.length(), 0.85);
            }
        }
        if (signer[2] == null) missing("plan.signerName", "Người ký");
    }

    private static final Pattern SIGNATURE_MARK = Pattern.compile("^(?:\\((?iu:đã ký|da ky|ký|ky|chữ ký|chu ky)[^)]{0,40}\\)\\s*)?"
            + "(?:(?:Đại|Thượng|Trung|Thiếu|Dai|Thuong|Trung|Thieu)\\s+(?:tá|úy|tướng|ta|uy|tuong)\\s+)?");

    private static String unsigned(String s) {
        return SIGNATURE_MARK.matcher(s).replaceFirst("").trim();
    }

    private DraftCampaign campaign(List<Para> ps, Section two) {
        String name = null;
        List<String> slogans = new ArrayList<>();
        Set<String> hashtags = new LinkedHashSet<>();
        LocalDate from = null;
        LocalDate to = null;
        String direct = null;
        String indirect = null;
        String organisers = null;
        for (Para p : ps) {
            String f = p.folded();
            int cd = f.indexOf("chien dich");
            if (name == null && cd >= 0) {
                Matcher q = QUOTED.matcher(p.text());
                List<String> quoted = new ArrayList<>();
                int firstAt = -1;
                while (q.find(quoted.isEmpty() ? cd : q.end()) && quoted.size() < 2) {
                    if (firstAt < 0) firstAt = q.start(1);
                    quoted.add(q.group(1).trim());
                    if (q.end() >= p.text().length() || !p.text().substring(q.end()).matches("(?s)^\\s*[–-]\\s*[“\"].*")) break;
                }
                if (!quoted.isEmpty()) {
                    name = String.join(" – ", quoted);
                    slogans.addAll(quoted);
                    found("campaign.name", "Tên chiến dịch", name, p, firstAt, Math.min(p.text().length(), firstAt + name.length()), 0.8);
                }
            }
            Matcher h = HASHTAG.matcher(p.text());
            while (h.find()) {
                if (hashtags.add(h.group())) found("campaign.hashtags", "Hashtag", h.group(), p, h.start(), h.end(), 0.95);
            }
            Matcher pm = PERIOD.matcher(f);
            String leadWords = f.replaceFirst("^[-+•\\s\\d.)a-z]{0,6}?(?=[a-z]{3})", "");
            if (from == null && (cd >= 0 || leadWords.startsWith("thoi gian")) && pm.find()) {
                int y2 = Integer.parseInt(pm.group(6));
                to = date(digits(pm.group(4)), digits(pm.group(5)), y2);
                from = date(digits(pm.group(1)), digits(pm.group(2)), pm.group(3) != null ? Integer.parseInt(pm.group(3)) : y2);
                if (from != null && to != null) found("campaign.period", "Thời gian chiến dịch", from + " – " + to, p, pm.start(), pm.end(), 0.85);
            }
            String lead = f.replaceFirst("^[-+•\\s]+", "").replaceFirst("^\\d{1,2}(?:\\.\\d{1,2})*\\s*[.)]?\\s+", "");
            if (direct == null && lead.startsWith("doi tuong truc tiep")) direct = clean(p.text().substring(p.text().indexOf(':') + 1));
            if (indirect == null && lead.startsWith("doi tuong gian tiep")) indirect = clean(p.text().substring(p.text().indexOf(':') + 1));
            if (organisers == null && lead.matches("^(don vi|co quan|ban) (to chuc|chu tri|phat dong)\\b.*") && p.text().indexOf(':') > 0) {
                organisers = clean(p.text().substring(p.text().indexOf(':') + 1)).replaceAll("\\.$", "");
                found("campaign.organisers", "Đơn vị tổ chức", organisers, p, p.text().indexOf(':') + 1, p.text().length(), 0.8);
            }
        }
        if (name == null && hashtags.isEmpty()) return null;
        List<DraftActivity> activities = two == null ? List.of() : activities(ps, two);
        if (direct != null && direct.length() > 2000) direct = direct.substring(0, 2000);
        if (indirect != null && indirect.length() > 2000) indirect = indirect.substring(0, 2000);
        return new DraftCampaign(name, slogans.stream().limit(10).map(x -> x.length() > 300 ? x.substring(0, 300) : x).toList(),
                hashtags.stream().limit(20).filter(x -> x.length() <= 100).toList(), from, to, organisers, direct, indirect,
                activities.isEmpty() ? null : activities);
    }

    // ---- roles, targets, other layouts ----------------------------------------------------------------------------------

    private static final Pattern LISTS_TO = Pattern.compile("gui (?:danh sach|ds)\\b[^.;]{0,250}?\\bve\\s+(?:cho\\s+)?(.{3,140}?)\\s*(?:\\(|,|;|\\.|\\s+truoc\\b|\\s+cham nhat\\b|\\s+de\\b|\\s+trong\\b|\\s+qua\\b|$)");
    private static final Pattern LISTS_SENT = Pattern.compile("danh sach\\b[^.;]{0,200}?\\bgui\\s+ve\\s+(.{3,140}?)\\s*(?:\\(|,|;|\\.|\\s+truoc\\b|\\s+cham nhat\\b|\\s+de\\b|\\s+trong\\b|\\s+qua\\b|$)");
    /** A task that says its agency is the standing one: "a) Là cơ quan thường trực…", "Là đầu mối tham mưu, theo dõi, đôn đốc…". */
    private static final Pattern STANDING_TASK = Pattern.compile("^(?:la\\s+)?(?:(?:co quan|don vi)\\s+thuong truc|dau moi\\b[^.]{0,60}?\\b(?:theo doi|don doc))");
    private static final Pattern STANDING_IS = Pattern.compile("(?:giao\\s+)?([^.;:]{3,140}?)\\s+(?:la|lam)\\s+(?:co quan|don vi)\\s+thuong truc");
    private static final Pattern STANDING_NAMED = Pattern.compile("(?:co quan|don vi)\\s+thuong truc\\s*(?:[:(]|la)\\s*(.{3,140}?)\\s*(?:\\)|,|;|\\.|\\s+co trach nhiem\\b|$)");
    private static final Pattern STANDING_DUTY = Pattern.compile("giao\\s+(.{3,140}?)\\s+(?:chu tri,?\\s+)?(?:theo doi|huong dan, theo doi|don doc)\\s*,[^.]{0,80}?bao cao");

    /** The standing agency and the receiver of lists, as the text names them: ids, or proposals when the tree lacks them. */
    record Roles(Long standing, Integer standingNew, Long receiver, Integer receiverNew) {
    }

    private record Named(Long id, Integer proposal) {
    }

    private Roles roles(List<Para> ps, List<DraftTask> tasks) {
        Named receiver = null;
        Named standing = null;
        for (Para p : ps) {
            String f = p.folded();
            if (receiver == null) {
                Matcher m = LISTS_TO.matcher(f);
                if (!m.find()) m = LISTS_SENT.matcher(f);
                else m.reset();
                if (m.find()) receiver = role(p, m.start(1), m.end(1), "quotas[].receivingOrganizationId", "Nơi nhận danh sách");
            }
            if (standing == null) {
                for (Pattern pattern : List.of(STANDING_IS, STANDING_NAMED, STANDING_DUTY)) {
                    Matcher m = pattern.matcher(f);
                    if (m.find()) {
                        int s0 = m.start(1);
                        String g = m.group(1);
                        // "Giao Công an tỉnh" — the words before the agency are not the agency
                        Matcher lead = Pattern.compile("^(?:.*\\b(?:giao|de nghi|phan cong)\\s+)").matcher(g);
                        if (lead.find()) s0 += lead.end();
                        standing = role(p, s0, m.end(1), "plan.standingOrganizationId", "Cơ quan thường trực");
                        if (standing != null) break;
                    }
                }
            }
        }
        // a task that says it is the standing one: its agency
        for (int i = 0; standing == null && i < tasks.size(); i++) {
            DraftTask t = tasks.get(i);
            if (t.text() == null || !STANDING_TASK.matcher(DocText.fold(t.text())).find()) continue;
            if (t.leadOrganizationId() != null || t.leadNewOrganization() != null) {
                standing = new Named(t.leadOrganizationId(), t.leadNewOrganization());
                String at = "tasks[" + i + "].leadOrganizationId";
                String name = t.leadOrganizationId() != null ? fields.stream().filter(x -> x.path().equals(at) && x.value() != null).map(Field::value).findFirst().orElse(null)
                        : proposals.get(t.leadNewOrganization()).name();
                fields.add(new Field("plan.standingOrganizationId", "Cơ quan thường trực (nhiệm vụ " + t.label() + ")", name, t.text().length() > 120
                        ? t.text().substring(0, 120) : t.text(), null, 0.8, t.leadOrganizationId() != null ? "FOUND" : "UNKNOWN_ORGANIZATION", null));
            }
        }
        // the agency the lists go to monitors the plan when no other is named (the ceremony plan: the city police)
        if (standing == null && receiver != null) {
            standing = receiver;
            Field evidence = fields.stream().filter(x -> x.path().equals("quotas[].receivingOrganizationId")).findFirst().orElse(null);
            if (evidence != null) fields.add(new Field("plan.standingOrganizationId", "Cơ quan thường trực (nơi nhận danh sách)", evidence.value(), evidence.text(),
                    evidence.source(), Math.min(0.75, evidence.confidence()), evidence.status(), evidence.suggestions()));
        }
        return new Roles(standing == null ? null : standing.id(), standing == null ? null : standing.proposal(),
                receiver == null ? null : receiver.id(), receiver == null ? null : receiver.proposal());
    }

    private Named role(Para p, int start, int end, String path, String label) {
        String phrase = clean(p.text().substring(start, end).replaceFirst("^(?iu)(cho|về|ve)\\s+", ""));
        if (phrase == null || phrase.length() < 3) return null;
        OrgMatcher.Match m = orgs.match(phrase);
        if (m.status() == OrgMatcher.Status.MATCHED) {
            fields.add(new Field(path, label, m.org().name(), phrase, SpanView.of(p.span(start, end)), m.confidence(), "FOUND", null));
            return new Named(m.org().id(), null);
        }
        Integer n = propose(phrase, p, start, end, m);
        if (n == null) return null;
        fields.add(new Field(path, label, phrase, phrase, SpanView.of(p.span(start, end)), m.confidence(), "UNKNOWN_ORGANIZATION",
                m.suggestions().stream().map(ImportDtos::ref).toList()));
        return new Named(null, n);
    }

    private static DraftQuota withDeadline(DraftQuota q, OffsetDateTime deadline) {
        return new DraftQuota(q.eventIndex(), q.taskIndex(), q.ownerOrganizationId(), q.ownerNewOrganization(), q.categoryId(), q.categoryCode(), q.categoryName(), q.count(),
                deadline, q.receivingOrganizationId(), q.note(), q.phrase());
    }

    private static DraftQuota withReceiver(DraftQuota q, Long receiver) {
        return new DraftQuota(q.eventIndex(), q.taskIndex(), q.ownerOrganizationId(), q.ownerNewOrganization(), q.categoryId(), q.categoryCode(), q.categoryName(), q.count(),
                q.deadline(), receiver, q.note(), q.phrase());
    }

    private int recipientsAtFinal(List<Para> ps) {
        int at = ps.size();
        for (int i = 0; i < ps.size(); i++) if (ps.get(i).folded().replaceAll("[^a-z :]", "").trim().startsWith("noi nhan")) at = i;
        return at;
    }

    /** A campaign confirmed needs a name and a period: the plan's title and dates stand in for what the text does not say. */
    private DraftCampaign completed(DraftCampaign c, String title, LocalDate start, LocalDate end) {
        String name = c.name() != null ? c.name() : title == null ? null : title.length() > 300 ? title.substring(0, 300) : title;
        LocalDate from = c.startsOn() != null ? c.startsOn() : start;
        LocalDate to = c.endsOn() != null ? c.endsOn() : end;
        if (c.startsOn() == null || c.endsOn() == null) warnings.add("Không thấy thời gian chiến dịch: lấy theo ngày của kế hoạch, cần kiểm tra");
        return new DraftCampaign(name, c.slogans(), c.hashtags(), from, to, c.organisers(), c.directAudience(), c.indirectAudience(), c.activities());
    }

    /** The activities section II of a campaign plan lists: the items under a heading that says "hoạt động". */
    private List<DraftActivity> activities(List<Para> ps, Section two) {
        List<DraftActivity> out = new ArrayList<>();
        boolean in = false;
        for (int i = two.from(); i < two.to() && out.size() < 50; i++) {
            Para p = ps.get(i);
            String f = p.folded().replaceAll("^[#*\\s]+", "");
            boolean heading = NUMBERED.matcher(f).matches() && p.text().length() < 120 || f.matches("^\\d+\\.\\d+\\.?\\s.*") && p.text().length() < 120;
            if (heading) {
                in = f.contains("hoat dong");
                continue;
            }
            if (!in) continue;
            int b = bodyStart(p);
            String text = clean(p.text().substring(b));
            if (text == null || text.length() < 8) continue;
            out.add(new DraftActivity(text.length() > 1000 ? text.substring(0, 1000) : text, activityType(p.folded())));
            found("campaign.activities[" + (out.size() - 1) + "]", "Hoạt động", text.length() > 80 ? text.substring(0, 80) + "…" : text, p, b, p.text().length(), 0.75);
        }
        return out;
    }

    static ActivityType activityType(String f) {
        if (f.matches("(?s).*(avatar|anh dai dien|khung anh).*")) return ActivityType.FRAME_SWITCH;
        if (f.matches("(?s).*(trailer).*")) return ActivityType.TRAILER_SHARE;
        if (f.matches("(?s).*(thu thach|challenge|video ngan|clip).*")) return ActivityType.VIDEO_CHALLENGE;
        if (f.matches("(?s).*(bang ron|bang zon|poster|ap phich|pano|khau hieu).*")) return ActivityType.POSTER_BANNER;
        if (f.matches("(?s).*(standee).*")) return ActivityType.STANDEE;
        if (f.matches("(?s).*(sticker|decal).*")) return ActivityType.STICKER_DECAL;
        if (f.matches("(?s).*(infographic).*")) return ActivityType.INFOGRAPHIC;
        if (f.matches("(?s).*(bookmark|danh dau trang).*")) return ActivityType.BOOKMARK;
        if (f.matches("(?s).*(man hinh led|led).*")) return ActivityType.LED_VIDEO;
        if (f.matches("(?s).*(hinh nen|wallpaper).*")) return ActivityType.WALLPAPER;
        if (f.matches("(?s).*(chuyen muc|cam nang|meo).*")) return ActivityType.TIPS_COLUMN;
        if (f.matches("(?s).*(minigame|tro choi).*")) return ActivityType.MINIGAME;
        if (f.matches("(?s).*(cuoc thi|hoi thi).*")) return ActivityType.CONTEST;
        if (f.matches("(?s).*(cam ket).*")) return ActivityType.PLEDGE_SIGNING;
        if (f.matches("(?s).*(ngay hoi).*")) return ActivityType.CYBER_DAY;
        if (f.matches("(?s).*(san khau|tieu pham|kich).*")) return ActivityType.THEATRE;
        if (f.matches("(?s).*(dong vai|tinh huong).*")) return ActivityType.ROLE_PLAY;
        if (f.matches("(?s).*(toa dam|hoi thao|tap huan|chuyen de|ngoai khoa|workshop).*")) return ActivityType.WORKSHOP;
        if (f.matches("(?s).*(dang bai|dang tai|dang tin|dang thong tin|chia se|dua tin|tuyen truyen|huong ung).*")) return ActivityType.ANNOUNCEMENT_POST;
        return ActivityType.OTHER;
    }

    private static final Pattern TARGET = Pattern.compile("(\\d{1,3})\\s*%\\s*(.{3,200}?)(?=;|\\.(?:\\s|$)|$)");
    /** "toàn bộ cán bộ, chiến sĩ … thay khung ảnh", "tất cả các trường … đăng tải": 100 % in other words. */
    private static final Pattern TARGET_ALL = Pattern.compile("\\b(toan bo|tat ca)\\s+(?!cac noi dung|noi dung|kinh phi|thoi gian)(.{3,200}?)(?=;|\\.(?:\\s|$)|$)");

    /** "100 % các trường … đăng bài", "100 % cán bộ, chiến sĩ … thay avatar": a target per phrase, measuring the task that says it. */
    private List<DraftTarget> targets(List<DraftTask> tasks) {
        List<DraftTarget> out = new ArrayList<>();
        for (int i = 0; i < tasks.size() && out.size() < 100; i++) {
            String text = tasks.get(i).text();
            String f = DocText.fold(text);
            List<Matcher> phrases = List.of(TARGET.matcher(f), TARGET_ALL.matcher(f));
            for (Matcher m : phrases) while (m.find() && out.size() < 100) {
                int goal = m.pattern() == TARGET_ALL ? 100 : Integer.parseInt(m.group(1));
                if (goal <= 0 || goal > 100) continue;
                String phrase = clean(text.substring(m.start(), m.end()));
                String what = m.group(2);
                Audience audience = what.matches("(?s).*(can bo|chien si|cong chuc|vien chuc|doan vien|hoi vien|nguoi lao dong).*") ? Audience.OFFICERS
                        : what.matches("(?s).*(giao vien|nha giao).*") ? Audience.TEACHERS : what.matches("(?s).*(phu huynh|cha me).*") ? Audience.PARENTS
                        : what.matches("(?s).*sinh vien.*") ? Audience.STUDENTS : what.matches("(?s).*(hoc sinh|tre em|thieu nhi).*") ? Audience.PUPILS : null;
                boolean units = what.matches("(?s)^\\s*(cac\\s+)?(truong|don vi|co quan|xa|phuong|co so|so|ban|nganh|dia phuong|cong an).*");
                List<vn.safeonline.org.OrganizationType> unitTypes = new ArrayList<>();
                if (what.matches("(?s).*(truong|co so giao duc).*")) unitTypes.addAll(vn.safeonline.org.OrganizationType.EDUCATION);
                if (what.matches("(?s).*(xa|phuong).*") && !what.contains("cong an")) unitTypes.addAll(List.of(vn.safeonline.org.OrganizationType.WARD,
                        vn.safeonline.org.OrganizationType.COMMUNE));
                if (what.contains("cong an")) unitTypes.addAll(List.of(vn.safeonline.org.OrganizationType.WARD_POLICE, vn.safeonline.org.OrganizationType.POLICE_UNIT));
                ActivityType type = activityType(what);
                // "chia sẻ trailer …, bảo đảm toàn bộ Công an các xã, phường đăng tải": the clause names what is posted
                if (type == ActivityType.ANNOUNCEMENT_POST || type == ActivityType.OTHER) {
                    int clauseStart = Math.max(f.lastIndexOf(';', m.start()), f.lastIndexOf(". ", m.start())) + 1;
                    ActivityType named = activityType(f.substring(clauseStart, m.end()));
                    if (named != ActivityType.ANNOUNCEMENT_POST && named != ActivityType.OTHER && named != ActivityType.FRAME_SWITCH) type = named;
                }
                IndicatorKind kind;
                if (type == ActivityType.FRAME_SWITCH) kind = IndicatorKind.FRAME_ADOPTION;
                else if (units || audience == null) kind = IndicatorKind.UNITS_WITH_ACTIVITY;
                else kind = IndicatorKind.PARTICIPATION;
                if (kind == IndicatorKind.UNITS_WITH_ACTIVITY && unitTypes.isEmpty() && !units) continue; // "100% kinh phí" measures nothing we count
                String name = phrase.length() > 300 ? phrase.substring(0, 300) : phrase;
                out.add(new DraftTarget(i, name, kind, kind == IndicatorKind.FRAME_ADOPTION ? null : type, kind == IndicatorKind.UNITS_WITH_ACTIVITY ? null : audience,
                        unitTypes.isEmpty() ? null : unitTypes, BigDecimal.valueOf(goal), phrase.length() > 1000 ? phrase.substring(0, 1000) : phrase));
            }
        }
        return out;
    }

    private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|?(.*\\|.*)\\|?\\s*$");

    /** Tasks given as a table (Markdown or Word's cells as "|", or tabs): a row per task, the columns known by their headers. */
    private void tableTasks(List<Para> ps, int from, int to, List<DraftEvent> events, LocalDate listsDeadline, List<DraftTask> tasks, List<DraftQuota> quotas) {
        int textCol = -1;
        int leadCol = -1;
        int coopCol = -1;
        int dueCol = -1;
        int sttCol = -1;
        for (int li = 0; li < doc.lines.size(); li++) {
            String line = doc.lines.get(li);
            if (!line.contains("|") && !line.contains("\t")) continue;
            String[] cells = line.trim().replaceAll("^\\|", "").replaceAll("\\|$", "").split(line.contains("|") ? "\\|" : "\t", -1);
            if (cells.length < 3) continue;
            String joined = DocText.fold(String.join(" ", cells));
            if (joined.replaceAll("[\\s:\\-|]", "").isEmpty()) continue; // the separator row
            if (textCol < 0 || joined.contains("chu tri") && joined.contains("noi dung")) {
                for (int c = 0; c < cells.length; c++) {
                    String h = DocText.fold(cells[c]).trim();
                    if (h.matches(".*(noi dung|nhiem vu|cong viec).*")) textCol = c;
                    else if (h.matches(".*(chu tri|thuc hien).*") && leadCol < 0) leadCol = c;
                    else if (h.matches(".*phoi hop.*")) coopCol = c;
                    else if (h.matches(".*(thoi gian|thoi han|hoan thanh).*")) dueCol = c;
                    else if (h.matches("^(stt|tt|so tt)$")) sttCol = c;
                }
                continue;
            }
            if (textCol < 0 || leadCol < 0 || textCol >= cells.length || leadCol >= cells.length) continue;
            String text = clean(cells[textCol]);
            if (text == null || text.length() < 5) continue;
            Para p = paraOfLine(ps, li);
            if (p == null) continue;
            String leadText = clean(cells[leadCol]);
            OrgMatcher.Match lead = leadText == null || leadText.isEmpty() ? null : orgs.match(leadText);
            int leadAt = Math.max(0, p.text().indexOf(leadText == null ? "" : leadText));
            if (lead != null && lead.status() != OrgMatcher.Status.MATCHED) {
                if (propose(leadText, p, leadAt, leadAt + leadText.length(), lead) == null) lead = null;
            }
            String label = sttCol >= 0 && sttCol < cells.length && !cells[sttCol].isBlank() ? "III." + cells[sttCol].trim().replaceAll("[^0-9a-zA-Z.]", "")
                    : "III." + (tasks.size() + 1);
            if (label.length() > 20) label = label.substring(0, 20);
            if (lead != null && lead.status() == OrgMatcher.Status.MATCHED) {
                fields.add(new Field("tasks[" + tasks.size() + "].leadOrganizationId", "Cơ quan chủ trì (" + label + ")", lead.org().name(), leadText,
                        SpanView.of(p.span(leadAt, leadAt + leadText.length())), lead.confidence(), "FOUND", null));
            }
            StringBuilder body = new StringBuilder(text);
            if (coopCol >= 0 && coopCol < cells.length && !cells[coopCol].isBlank()) body.append("; phối hợp ").append(cells[coopCol].trim());
            if (dueCol >= 0 && dueCol < cells.length && !cells[dueCol].isBlank()) body.append("; chậm nhất ").append(cells[dueCol].trim());
            // read as if the row were a paragraph: the same rules for cooperators, deadlines and invitations
            DocText row = new DocText(body.toString());
            if (row.paras.isEmpty()) continue;
            Para rp = row.paras.get(0);
            int lineNo = li;
            Para located = new Para(rp.text(), rp.folded(), java.util.Arrays.stream(rp.line()).map(x -> lineNo).toArray(), rp.col());
            // the row's spans point at its line; the columns within it are approximate
            taskFrom(located, 0, text, label, lead, events, listsDeadline, tasks, quotas);
        }
    }

    private static Para paraOfLine(List<Para> ps, int line) {
        for (Para p : ps) {
            if (p.line().length > 0 && p.line()[0] <= line && p.line()[p.line().length - 1] >= line) return p;
        }
        return null;
    }

    private static final Pattern ASSIGN = Pattern.compile("^(?:\\d{1,2}\\s*[.)]\\s*|[a-z]\\)\\s*|[-–•+]\\s*)?(?:giao\\s+|de nghi\\s+|yeu cau\\s+)?(.{3,120}?)(?:\\s*:|\\s+(?=chu tri|co trach nhiem|tham muu|phoi hop|thuc hien|trien khai|huong dan|to chuc|chi dao|xay dung|tuyen truyen|theo doi|ra soat|bao cao|van dong))");

    /** An official letter (công văn) assigns by paragraph: "1. Giao Sở Thông tin và Truyền thông chủ trì…", "2. Sở Y tế: …". */
    private void assignedTasks(List<Para> ps, int from, int to, List<DraftEvent> events, LocalDate listsDeadline, List<DraftTask> tasks, List<DraftQuota> quotas) {
        int n = 0;
        // "1. Ủy ban nhân dân các phường" then its bullets: the heading names the agency of every bullet under it
        OrgMatcher.Match groupLead = null;
        String groupLabel = null;
        for (int i = Math.max(0, from); i < Math.min(to, ps.size()) && tasks.size() < 200; i++) {
            Para p = ps.get(i);
            String f = p.folded().replaceAll("^[#*\\s]+", "");
            Matcher heading = NUMBERED.matcher(f);
            if (heading.matches()) {
                groupLead = null;
                String head = p.text().replaceFirst("^[#*\\s]*\\d{1,2}\\s*[.)]\\s*", "").replaceAll("[.:]+\\s*$", "").trim();
                String hf = OrgMatcher.normalize(head);
                if (head.length() <= 80 && !head.contains(";") && ORG_HEAD.matcher(hf).find()
                        && !hf.matches(".*\\b(chu tri|thuc hien|tham muu|trien khai|huong dan|to chuc|chi dao|xay dung|tuyen truyen|theo doi|bao cao|khan truong)\\b.*")) {
                    OrgMatcher.Match m = orgs.match(head);
                    int at = Math.max(0, p.text().indexOf(head));
                    if (m.status() == OrgMatcher.Status.MATCHED || propose(head, p, at, at + head.length(), m) != null) {
                        groupLead = m;
                        groupLabel = heading.group(1);
                        n = Integer.parseInt(groupLabel);
                        if (m.status() == OrgMatcher.Status.MATCHED) fields.add(new Field("tasks[" + tasks.size() + "].leadOrganizationId", "Cơ quan chủ trì", m.org().name(), head,
                                SpanView.of(p.span(at, at + head.length())), m.confidence(), "FOUND", null));
                        continue;
                    }
                }
            } else if (groupLead != null && SUBPOINT.matcher(f).matches()) {
                int b = bodyStart(p);
                String text = clean(p.text().substring(b));
                if (text != null && text.length() >= 10) taskFrom(p, b, text, groupLabel, groupLead, events, listsDeadline, tasks, quotas);
                continue;
            } else {
                groupLead = null;
            }
            if (f.length() < 20 || f.startsWith("kinh gui") || f.startsWith("can cu") || f.startsWith("thuc hien")) continue;
            Matcher m = ASSIGN.matcher(f);
            if (!m.find()) continue;
            int off = p.folded().indexOf(f);
            String name = p.text().substring(off + m.start(1), off + m.end(1));
            if (OrgMatcher.normalize(name).contains("cac co quan, don vi")) continue;
            OrgMatcher.Match lead = orgs.match(name);
            if (lead.status() != OrgMatcher.Status.MATCHED) {
                if (!ORG_HEAD.matcher(OrgMatcher.normalize(name)).find() || propose(name, p, off + m.start(1), off + m.end(1), lead) == null) continue;
            } else {
                fields.add(new Field("tasks[" + tasks.size() + "].leadOrganizationId", "Cơ quan chủ trì", lead.org().name(), name,
                        SpanView.of(p.span(off + m.start(1), off + m.end(1))), lead.confidence(), "FOUND", null));
            }
            Matcher num = NUMBERED.matcher(f);
            String label = num.matches() ? String.valueOf(num.group(1)) : String.valueOf(++n);
            if (num.matches()) n = Integer.parseInt(num.group(1));
            int b = bodyStart(p);
            Matcher lead0 = Pattern.compile("^\\d{1,2}\\s*[.)]\\s*").matcher(p.text());
            if (lead0.find()) b = lead0.end();
            taskFrom(p, b, clean(p.text().substring(b)), label, lead, events, listsDeadline, tasks, quotas);
        }
    }
}
