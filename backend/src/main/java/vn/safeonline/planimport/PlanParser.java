package vn.safeonline.planimport;

import vn.safeonline.common.BusinessClock;
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
import vn.safeonline.planimport.ImportDtos.DraftCampaign;
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
    private static final Pattern TIME = Pattern.compile("(?<![0-9a-z])(" + D + "?\\d)\\s*[hg:]\\s*(\\d{2})?");
    private static final Pattern ATTENDANCE = Pattern.compile("khoang\\s+(\\d{1,6})\\s+(?:dai bieu|nguoi|khach)");
    private static final Pattern INVITE_COUNT = Pattern.compile("(?<![\\d/])(\\d[0-9oOlI]{0,3})\\s+(?:em\\s+)?([^;.\\d]+?)(?=\\s+va\\s+\\d|;|\\.|$|\\s\\d)");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})\\s*%\\s*((?:cac\\s+)?[^;.,]{3,60})");
    private static final Pattern PHONE = Pattern.compile("\\b(?:sdt|dt|dien thoai|di dong)\\s*[:.]?\\s*([0-9][0-9 .]{7,16}[0-9])");
    private static final Pattern CONTACT = Pattern.compile("(?:dau moi lien he|lien he)\\s*[:]?\\s*(?:d/c|dong chi|ong|ba)?\\s*([^,;()]{4,80}?)\\s*,\\s*([^;()]{4,300}?)\\s*;");
    private static final Pattern HASHTAG = Pattern.compile("#[\\p{L}\\p{N}_]{2,60}");
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{3,200})[”\"]");
    private static final Pattern PERIOD = Pattern.compile("tu\\s+(?:ngay\\s+)?(" + D + "{1,2})\\s*/\\s*(" + D + "{1,2})(?:\\s*/\\s*(\\d{4}))?\\s*(?:den|-|–)\\s*(?:ngay\\s+)?("
            + D + "{1,2})\\s*/\\s*(" + D + "{1,2})\\s*/\\s*(\\d{4})");
    private static final Pattern ORG_HEAD = Pattern.compile("^(so|cong an|uy ban|ban|hoi|doan|thanh doan|bo|cuc|phong|truong|trung tam|dai|bao|vien|ubnd|van phong|"
            + "mat tran|lien doan|chi cuc|ngan hang|cong ty|tap doan)\\b");
    private static final Pattern PERSON = Pattern.compile("^(\\p{Lu}[\\p{Ll}]*)(\\s+\\p{Lu}[\\p{Ll}]*){1,4}$");
    /** Category of an invitation by the words of its phrase, in order: the first rule that matches wins. */
    private static final List<Map.Entry<String, Pattern>> CATEGORIES = List.of(
            Map.entry("INFLUENCER", Pattern.compile("kol|quan tri vien|hoi nhom|dien dan|nguoi co anh huong")),
            Map.entry("POLICE_UNIT_LEADER", Pattern.compile("phong nghiep vu|cong an (?:cac )?xa|chi huy cong an")),
            Map.entry("STUDENT", Pattern.compile("hoc sinh|tre em|sinh vien|thieu nhi")),
            Map.entry("SCHOOL_REPRESENTATIVE", Pattern.compile("truong hoc|\\btruong\\b|co so giao duc")),
            Map.entry("ENTERPRISE", Pattern.compile("doanh nghiep|cong ty|tap doan")),
            Map.entry("PRESS", Pattern.compile("bao chi|truyen thong|phong vien|dai phat thanh|truyen hinh")),
            Map.entry("ASSOCIATION", Pattern.compile("\\bhoi\\b|hiep hoi|to chuc xa hoi")),
            Map.entry("LEADER", Pattern.compile("lanh dao")));

    private final DocText doc;
    private final OrgMatcher orgs;
    private final Map<String, Long> categoryIds;
    final List<Field> fields = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    PlanParser(DocText doc, OrgMatcher orgs, Map<String, Long> categoryIds) {
        this.doc = doc;
        this.orgs = orgs;
        this.categoryIds = categoryIds;
    }

    record Parsed(DraftPlan plan, List<DraftTask> tasks, List<DraftEvent> events, List<DraftQuota> quotas, DraftCampaign campaign, boolean looksLikePlan) {
    }

    private record Section(int roman, int from, int to) {
    }

    // ---- small helpers ----------------------------------------------------------------------------------------------

    private void found(String path, String label, String value, Para p, int start, int end, double confidence) {
        fields.add(new Field(path, label, value, p.text().substring(start, end), SpanView.of(p.span(start, end)), confidence, "FOUND", null));
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

    Parsed parse() {
        List<Para> ps = doc.paras;
        String number = null;
        String symbol = null;
        String place = null;
        LocalDate issueDate = null;
        int titleAt = -1;
        String title = null;
        int header = Math.min(ps.size(), 25);
        for (int i = 0; i < header; i++) {
            Para p = ps.get(i);
            String f = p.folded();
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
                        if (nf.matches("^(can cu|thuc hien|theo|de |nham |trien khai|i\\s*[.)]).*") || ROMAN.matcher(nf).matches()) break;
                        b.append(' ').append(ps.get(k).text().replaceAll("[#*]", "").trim());
                    }
                    title = clean(b.toString());
                    found("plan.title", "Trích yếu", title, t, 0, t.text().length(), 0.9);
                }
                titleAt = i;
            }
        }
        if (symbol == null) missing("plan.symbol", "Ký hiệu");
        if (title == null) missing("plan.title", "Trích yếu");

        // issuing body: the upper-case lines above the number, or the body the symbol names (KH-UBND → the People's Committee)
        issuer(ps, symbol, place);

        // sections by Roman numerals
        List<Section> sections = new ArrayList<>();
        for (int i = Math.max(0, titleAt); i < ps.size(); i++) {
            Matcher m = ROMAN.matcher(ps.get(i).folded().replaceAll("^[#*\\s]+", ""));
            Matcher bare = ROMAN_BARE.matcher(ps.get(i).folded().replaceAll("^[#*\\s]+", ""));
            if (!m.matches() && bare.matches() && upper(ps.get(i).text())) m = bare; // OCR lost the dot: "II NỘI DUNG"
            if (m.matches() && m.group(2).length() < 150) {
                int roman = bySense(m.group(2));
                if (roman == 0) roman = roman(m.group(1));
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
            if (last.to() > recipientsAt) sections.set(sections.size() - 1, new Section(last.roman(), last.from(), recipientsAt));
        }

        List<LegalBasis> bases = legalBases(ps, Math.max(0, titleAt), firstSection);
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
            if (purpose != null) found("plan.purpose", "Mục đích", "…", ps.get(one.from()), 0, ps.get(one.from()).text().length(), 0.7);
        }
        Section two = section(sections, 2);
        if (two != null) {
            content = contentSections(ps, two);
            DraftEvent e = event(ps, two, title);
            if (e != null) events.add(e);
        }
        // the general provisions (and the rest of section III) carry the lists' deadline and the contact person
        Section three = section(sections, 3);
        for (int i = three != null ? three.from() : firstSection; i < (recipientsAt > 0 ? recipientsAt : ps.size()); i++) {
            Matcher m = DEADLINE.matcher(ps.get(i).folded());
            if (m.find()) {
                int y = m.group(3) != null ? Integer.parseInt(m.group(3)) : events.isEmpty() || events.get(0).startsAt() == null ? BusinessClock.current().today().getYear() : events.get(0).startsAt().getYear();
                LocalDate d = date(digits(m.group(1)), digits(m.group(2)), y);
                if (d != null && (listsDeadline == null || d.isAfter(listsDeadline))) {
                    listsDeadline = d;
                    found("quotas[].deadline", "Hạn gửi danh sách", d.toString(), ps.get(i), m.start(1), m.end(m.group(3) != null ? 3 : 2), 0.9);
                }
            }
        }
        if (three != null) tasks(ps, three, events, listsDeadline, tasks, quotas);
        uniqueLabels(tasks);

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
        if (recipientsAt >= 0) recipientsAndSigner(ps, recipientsAt, recipients, signer);
        else missing("plan.recipients", "Nơi nhận");

        DraftCampaign campaign = campaign(ps);
        LocalDate end = events.stream().map(DraftEvent::startsAt).filter(x -> x != null).map(OffsetDateTime::toLocalDate).findFirst().orElse(null);
        for (DraftTask t : tasks) if (t.dueDate() != null && (end == null || t.dueDate().isAfter(end))) end = t.dueDate();
        if (campaign != null && campaign.endsOn() != null && (end == null || campaign.endsOn().isAfter(end))) end = campaign.endsOn();
        LocalDate start = issueDate != null ? issueDate : campaign != null ? campaign.startsOn() : null;
        DraftPlan plan = new DraftPlan(number, symbol, place, issueDate, title, null, bases, purpose, requirements, content, recipients,
                signer[0], signer[1], signer[2], contactName, contactTitle, contactPhone, start, end);
        boolean looksLikePlan = titleAt >= 0 && (!tasks.isEmpty() || sections.size() >= 2 || campaign != null);
        return new Parsed(plan, tasks, events, quotas, campaign, looksLikePlan);
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
            String label = f.substring(b).replaceAll("^\\s+", "");
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
        return new DraftEvent(title, starts, ends, format, expected, chair, how, venues);
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
            tasks.set(i, new DraftTask(t.label() + "." + (char) ('a' + Math.min(n - 1, 25)), t.leadOrganizationId(), t.cooperatingOrganizationIds(),
                    t.text(), t.dueDate(), t.target()));
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
                    Matcher w = Pattern.compile("\\s(?=\\p{Lu})").matcher(head);
                    while (w.find() && w.start() <= 110) {
                        if (orgs.match(head.substring(0, w.start())).status() == OrgMatcher.Status.MATCHED
                                && orgs.match(head.substring(0, w.start())).confidence() >= 0.95) {
                            runOn = head.substring(w.end());
                            head = head.substring(0, w.start());
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
                    int at = p.text().indexOf(head);
                    if (m.status() == OrgMatcher.Status.MATCHED) {
                        fields.add(new Field("tasks[" + tasks.size() + "].leadOrganizationId", "Cơ quan chủ trì (" + label + ")", m.org().name(), head,
                                SpanView.of(p.span(at, at + head.length())), m.confidence(), "FOUND", null));
                    } else {
                        fields.add(new Field("tasks[" + tasks.size() + "].leadOrganizationId", "Cơ quan chủ trì (" + label + ")", null, head,
                                SpanView.of(p.span(at, at + head.length())), m.confidence(), "UNKNOWN_ORGANIZATION", m.suggestions().stream().map(ImportDtos::ref).toList()));
                    }
                    if (runOn != null && runOn.length() >= 10) taskFrom(p, p.text().indexOf(runOn), clean(runOn), label, lead, events, listsDeadline, tasks, quotas);
                    continue;
                }
                inGroup = false; // a numbered provision that names no agency ends the assignments
                continue;
            }
            if (!inGroup) continue;
            int b = bodyStart(p);
            String text = clean(p.text().substring(b));
            if (text == null || text.length() < 10) continue;
            OrgMatcher.Match taskLead = lead;
            // a lettered sub-point may name its own agency: "a) Sở Y tế: …"
            int colon = text.indexOf(':');
            if (colon > 3 && colon < 90) {
                OrgMatcher.Match own = orgs.match(text.substring(0, colon));
                if (own.status() == OrgMatcher.Status.MATCHED) taskLead = own;
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
        int ph = f.indexOf("phoi hop", b);
        if (ph >= 0) {
            int end = f.length();
            for (String stop : List.of(";", ".", " chuan bi", " thuc hien", " to chuc", " de ", " trong ")) {
                int at = f.indexOf(stop, ph + 9);
                if (at > 0 && at < end) end = at;
            }
            Long leadId = lead != null && lead.org() != null ? lead.org().id() : null;
            for (OrgMatcher.Org o : orgs.mentions(f.substring(ph + 8, end))) {
                if (leadId != null && o.id() == leadId) continue;
                cooperators.add(o.id());
                fields.add(new Field(path + ".cooperatingOrganizationIds", "Cơ quan phối hợp", o.name(), p.text().substring(ph, end),
                        SpanView.of(p.span(ph, end)), 0.8, "FOUND", null));
            }
        }
        // due date: stated in the task, else the lists' deadline for an invitation, else the event's day
        LocalDate due = null;
        Matcher dl = DEADLINE.matcher(f);
        if (dl.find(b)) {
            int y = dl.group(3) != null ? Integer.parseInt(dl.group(3)) : listsDeadline != null ? listsDeadline.getYear() : BusinessClock.current().today().getYear();
            due = date(digits(dl.group(1)), digits(dl.group(2)), y);
            if (due != null) found(path + ".dueDate", "Thời hạn", due.toString(), p, dl.start(), dl.end(), 0.9);
        }
        boolean invites = f.matches("(?s).*\\bmoi\\b.*");
        if (due == null && invites && listsDeadline != null) due = listsDeadline;
        if (due == null && !events.isEmpty() && events.get(0).startsAt() != null) due = events.get(0).startsAt().toLocalDate();
        // invitation quotas: every "mời …" clause, its counts and what they count
        int total = 0;
        boolean counted = false;
        Matcher moi = Pattern.compile("\\bmoi\\b").matcher(f);
        while (moi.find()) {
            int end = f.indexOf('.', moi.end());
            if (end < 0) end = f.length();
            String clause = f.substring(moi.end(), end);
            Matcher c = INVITE_COUNT.matcher(clause);
            boolean any = false;
            while (c.find()) {
                String phrase = c.group(2).trim();
                String code = category(phrase);
                if (code == null) continue;
                any = true;
                int count = digits(c.group(1));
                total += count;
                counted = true;
                int s0 = moi.end() + c.start(1);
                int s1 = moi.end() + c.end(2);
                quotas.add(new DraftQuota(0, index, lead != null && lead.org() != null ? lead.org().id() : null, categoryIds.get(code), code, count,
                        deadline(listsDeadline), clean(p.text().substring(s0, s1))));
                found("quotas[" + (quotas.size() - 1) + "]", "Chỉ tiêu mời: " + code, count + " × " + code, p, s0, s1, 0.85);
            }
            if (!any) {
                String code = category(clause);
                if (code != null && !code.equals("LEADER")) {
                    quotas.add(new DraftQuota(0, index, lead != null && lead.org() != null ? lead.org().id() : null, categoryIds.get(code), code, null,
                            deadline(listsDeadline), clean(p.text().substring(moi.end(), end))));
                    found("quotas[" + (quotas.size() - 1) + "]", "Chỉ tiêu mời: " + code, "không giới hạn × " + code, p, moi.start(), end, 0.6);
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
        tasks.add(new DraftTask(label, leadId, cooperators, text, due, target));
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
            String name = p.text().replaceAll("[*#]", "").trim();
            if (!PERSON.matcher(name).matches()) name = doc.lines.get(p.firstLine()).replaceAll("[*#]", "").trim(); // "Trương Cảnh Tuyên" run into the next line
            if (signer[0] != null && signer[2] == null && PERSON.matcher(name).matches() && p.text().contains(name)) {
                signer[2] = name;
                found("plan.signerName", "Người ký", name, p, p.text().indexOf(name), p.text().indexOf(name) + name.length(), 0.85);
            }
        }
        if (signer[2] == null) missing("plan.signerName", "Người ký");
    }

    private DraftCampaign campaign(List<Para> ps) {
        String name = null;
        List<String> slogans = new ArrayList<>();
        Set<String> hashtags = new LinkedHashSet<>();
        LocalDate from = null;
        LocalDate to = null;
        String direct = null;
        String indirect = null;
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
            if (from == null && cd >= 0 && pm.find()) {
                int y2 = Integer.parseInt(pm.group(6));
                to = date(digits(pm.group(4)), digits(pm.group(5)), y2);
                from = date(digits(pm.group(1)), digits(pm.group(2)), pm.group(3) != null ? Integer.parseInt(pm.group(3)) : y2);
                if (from != null && to != null) found("campaign.period", "Thời gian chiến dịch", from + " – " + to, p, pm.start(), pm.end(), 0.85);
            }
            String lead = f.replaceFirst("^[-+•\\s]+", "");
            if (direct == null && lead.startsWith("doi tuong truc tiep")) direct = clean(p.text().substring(p.text().indexOf(':') + 1));
            if (indirect == null && lead.startsWith("doi tuong gian tiep")) indirect = clean(p.text().substring(p.text().indexOf(':') + 1));
        }
        if (name == null && hashtags.isEmpty()) return null;
        return new DraftCampaign(name, slogans, new ArrayList<>(hashtags), from, to, direct, indirect);
    }
}
