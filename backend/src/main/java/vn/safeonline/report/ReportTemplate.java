package vn.safeonline.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.safeonline.common.Text;
import vn.safeonline.org.Organization;
import vn.safeonline.org.OrganizationType;
import vn.safeonline.plan.Plan;

/**
 * Who issues a progress report and who signs it: the request's choices over the defaults of the plan's
 * standing agency (the issuing body when the plan has none). All text is NFC, trimmed, without control characters.
 */
record ReportTemplate(List<String> parentBody, List<String> issuingBody, String place, String number, String symbol,
                      String summary, List<String> addressees, List<String> signerAuthority, String signerTitle,
                      String signerName, List<String> recipients) {

    private static final String UBND = "Ủy ban nhân dân";

    /** The reporting body: the standing agency, which monitors the plan and reports to its issuer. */
    static Organization reporter(Plan plan) {
        return plan.standingOrg != null ? plan.standingOrg : plan.issuingOrg;
    }

    static ReportDefaults defaults(Plan plan, LocalDate today) {
        Organization org = reporter(plan);
        boolean toIssuer = !org.id.equals(plan.issuingOrg.id);
        String parent = "";
        if (org.parent != null && org.type != OrganizationType.PEOPLES_COMMITTEE) {
            String name = org.parent.name;
            // a superior People's Committee is written "UBND …" on its bodies' documents
            if (name.regionMatches(true, 0, UBND, 0, UBND.length())) name = "UBND" + name.substring(UBND.length());
            parent = VnFormat.upper(name);
        }
        String issuing = VnFormat.upper(org.name);
        if (org.type == OrganizationType.PEOPLES_COMMITTEE && org.name.regionMatches(true, 0, UBND, 0, UBND.length())
                && org.name.length() > UBND.length()) {
            issuing = VnFormat.upper(UBND) + "\n" + VnFormat.upper(org.name.substring(UBND.length()).trim());
        }
        String symbol = "BC-" + (org.type == OrganizationType.PEOPLES_COMMITTEE ? "UBND" : org.code.toUpperCase(VnFormat.VI));
        if (!symbol.matches(ReportOptions.Rules.SYMBOL)) symbol = "BC";
        List<String> authority;
        String title;
        String name = "";
        if (!toIssuer && plan.signerTitle != null) { // the issuer reports on its own plan: its signer
            authority = plan.signerAuthority == null ? List.of() : List.of(plan.signerAuthority);
            title = plan.signerTitle;
            name = plan.signerName == null ? "" : plan.signerName;
        } else {
            authority = switch (org.type) {
                case PEOPLES_COMMITTEE -> List.of("TM. ỦY BAN NHÂN DÂN");
                case UNION, FRONT -> List.of("TM. BAN THƯỜNG VỤ");
                default -> List.of();
            };
            title = switch (org.type) {
                case PEOPLES_COMMITTEE -> "CHỦ TỊCH";
                case POLICE, DEPARTMENT -> "GIÁM ĐỐC";
                case POLICE_UNIT -> "TRƯỞNG PHÒNG";
                case WARD_POLICE -> "TRƯỞNG CÔNG AN";
                case SCHOOL_PRIMARY, SCHOOL_LOWER_SECONDARY, SCHOOL_UPPER_SECONDARY -> "HIỆU TRƯỞNG";
                case UNION -> "BÍ THƯ";
                case FRONT -> "CHỦ TỊCH";
                default -> "THỦ TRƯỞNG CƠ QUAN";
            };
        }
        StringBuilder summary = new StringBuilder("Kết quả thực hiện Kế hoạch số ").append(plan.reference());
        if (plan.issueDate != null) summary.append(" ngày ").append(VnFormat.date(plan.issueDate));
        summary.append(" của ").append(plan.issuingOrg.name);
        List<String> addressees = toIssuer ? List.of(plan.issuingOrg.name) : List.of();
        List<String> recipients = toIssuer ? List.of("Như trên", "Lưu: VT") : List.of("Lưu: VT");
        return new ReportDefaults(today, parent, issuing, plan.place == null ? "" : plan.place, "", symbol, summary.toString(),
                addressees, authority, title, name, recipients);
    }

    /** The request's options over the defaults: null takes the default, an empty string or list means none. */
    static ReportTemplate resolve(ReportDefaults d, ReportOptions o) {
        return new ReportTemplate(
                lines(pick(o.parentBody(), d.parentBody())),
                lines(pick(o.issuingBody(), d.issuingBody())),
                line(pick(o.place(), d.place())),
                line(pick(o.number(), d.number())),
                line(pick(o.symbol(), d.symbol())),
                line(pick(o.summary(), d.summary())),
                entries(o.addressees() != null ? o.addressees() : d.addressees()),
                entries(o.signerAuthority() != null ? o.signerAuthority() : d.signerAuthority()).stream().map(VnFormat::upper).toList(),
                VnFormat.upper(line(pick(o.signerTitle(), d.signerTitle()))),
                line(pick(o.signerName(), d.signerName())),
                entries(o.recipients() != null ? o.recipients() : d.recipients()));
    }

    /** "Số: 05/BC-CA-TP"; below 10 with a leading zero; blank for the văn thư when there is no number yet. */
    String numberLine() {
        String n = number.isEmpty() ? "\u00A0".repeat(6) : (number.length() == 1 ? "0" + number : number);
        return "Số: " + n + (symbol.isEmpty() ? "" : "/" + symbol);
    }

    private static String pick(String given, String fallback) {
        return given != null ? given : fallback;
    }

    private static String line(String s) {
        String c = Text.clean(OfficialDocument.safe(s).replace('\n', ' ').replace('\t', ' '));
        return c == null ? "" : c.replaceAll(" {2,}", " ");
    }

    private static List<String> lines(String s) {
        return Arrays.stream(OfficialDocument.safe(s).split("\n")).map(ReportTemplate::line).filter(l -> !l.isEmpty())
                .map(VnFormat::upper).toList();
    }

    /** List entries without the dash and the final ";" or "." the renderer adds. */
    private static List<String> entries(List<String> in) {
        List<String> out = new ArrayList<>();
        for (String s : in) {
            String l = line(s);
            if (l.startsWith("- ") || l.startsWith("– ")) l = l.substring(2).trim();
            while (!l.isEmpty() && (l.endsWith(";") || l.endsWith(".") && !l.endsWith("./."))) l = l.substring(0, l.length() - 1).trim();
            if (!l.isEmpty()) out.add(l);
        }
        return out;
    }
}
