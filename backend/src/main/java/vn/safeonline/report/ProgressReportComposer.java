package vn.safeonline.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.safeonline.common.Text;
import vn.safeonline.report.OfficialDocument.Annex;
import vn.safeonline.report.OfficialDocument.Block;
import vn.safeonline.report.OfficialDocument.Column;
import vn.safeonline.report.OfficialDocument.Heading;
import vn.safeonline.report.OfficialDocument.Para;
import vn.safeonline.report.OfficialDocument.Row;
import vn.safeonline.report.OfficialDocument.Table;
import vn.safeonline.report.ProgressFacts.LatestReport;
import vn.safeonline.task.PlanProgressService.OrganizationProgress;
import vn.safeonline.task.PlanProgressService.StatusCounts;
import vn.safeonline.task.TargetKind;
import vn.safeonline.task.TaskDtos.Target;
import vn.safeonline.task.TaskDtos.TaskView;

/**
 * Writes the progress report of a plan (Báo cáo kết quả thực hiện Kế hoạch) in the usual sections: I. direction
 * and roll-out, II. results (overall, per lead agency, the laggards), III. assessment, IV. next steps,
 * V. proposals; the per-task table goes to Phụ lục I. Every sentence comes from the figures, so the clerk edits a
 * draft instead of typing one.
 */
final class ProgressReportComposer {
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

    private ProgressReportComposer() {
    }

    /**
     * @param reporter the reporting body's name as a sentence writes it ("Công an thành phố Cần Thơ")
     */
    static OfficialDocument compose(ProgressFacts f, ReportTemplate t, String reporter) {
        ProgressFacts.PlanFacts plan = f.plan();
        String asOf = VnFormat.date(f.asOf());
        String planRef = "Kế hoạch số " + plan.reference() + (plan.issueDate() == null ? "" : " ngày " + VnFormat.date(plan.issueDate()))
                + " của " + plan.issuingOrganization();
        List<Block> body = new ArrayList<>();
        body.add(new Para("Thực hiện " + planRef + " về " + VnFormat.decapitalise(plan.title()) + ", " + reporter
                + " báo cáo kết quả thực hiện đến ngày " + asOf + " như sau:"));

        StatusCounts totals = f.progress().totals();
        int taskCount = f.tasks().size();
        int agencyCount = f.progress().organizations().size();

        // I. Direction and roll-out
        body.add(new Heading(1, "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI"));
        StringBuilder issued = new StringBuilder();
        if (plan.issueDate() != null) issued.append("Ngày ").append(VnFormat.date(plan.issueDate())).append(", ");
        issued.append(plan.issuingOrganization()).append(" ban hành ")
                .append("Kế hoạch số ").append(plan.reference()).append(" về ").append(VnFormat.decapitalise(plan.title()));
        if (plan.startDate() != null && plan.endDate() != null) {
            issued.append("; thời gian thực hiện từ ngày ").append(VnFormat.date(plan.startDate())).append(" đến ngày ")
                    .append(VnFormat.date(plan.endDate()));
        } else if (plan.endDate() != null) {
            issued.append("; thời hạn hoàn thành ngày ").append(VnFormat.date(plan.endDate()));
        }
        body.add(new Para(VnFormat.capitalise(issued.append('.').toString())));
        StringBuilder assigned = new StringBuilder("Kế hoạch giao ").append(taskCount).append(" nhiệm vụ cho ").append(agencyCount)
                .append(" cơ quan, đơn vị chủ trì");
        if (plan.standingOrganization() != null) {
            assigned.append("; ").append(plan.standingOrganization())
                    .append(" là cơ quan thường trực, theo dõi, kiểm tra, đôn đốc và tổng hợp kết quả thực hiện");
        }
        body.add(new Para(assigned.append('.').toString()));
        body.add(new Para(f.reportCount() == 0
                ? "Đến ngày " + asOf + ", chưa có cơ quan, đơn vị nào gửi báo cáo tiến độ."
                : "Đến ngày " + asOf + ", các cơ quan, đơn vị đã gửi " + f.reportCount() + " báo cáo tiến độ thực hiện nhiệm vụ."));

        // II. Results
        body.add(new Heading(1, "II. KẾT QUẢ THỰC HIỆN"));
        body.add(new Heading(2, "1. Kết quả chung"));
        body.add(new Para(overall(totals, taskCount, f.progress().percentReached())));
        body.add(new Heading(2, "2. Kết quả theo cơ quan, đơn vị chủ trì"));
        body.add(new Para(taskCount == 0 ? "Kế hoạch chưa giao nhiệm vụ cho cơ quan, đơn vị nào."
                : "Kết quả của từng cơ quan, đơn vị như bảng dưới đây; chi tiết từng nhiệm vụ tại Phụ lục I kèm theo."));
        if (taskCount > 0) body.add(agencyTable(f));
        body.add(new Heading(2, "3. Cơ quan, đơn vị chậm tiến độ, chưa hoàn thành nhiệm vụ"));
        Map<Long, List<TaskView>> byAgency = byAgency(f.tasks());
        List<OrganizationProgress> lagging = f.progress().organizations().stream().filter(OrganizationProgress::lagging).toList();
        if (lagging.isEmpty()) {
            body.add(new Para(taskCount == 0 ? "Không có." : "Không có cơ quan, đơn vị chậm tiến độ; các nhiệm vụ đã hoàn thành."));
        } else {
            for (OrganizationProgress o : lagging) {
                body.add(new Para("- " + o.organization().name() + ": " + countsText(o.counts(), false) + "."));
                for (TaskView task : byAgency.get(o.organization().id())) {
                    if (task.status().done()) continue;
                    body.add(new Para("+ " + shorten(task.text(), 160) + " (" + taskFacts(task, f.latest().get(task.id())) + ")."));
                }
            }
        }

        // III. Assessment
        body.add(new Heading(1, "III. ĐÁNH GIÁ CHUNG"));
        body.add(new Heading(2, "1. Ưu điểm"));
        int done = totals.doneOnTime() + totals.doneLate();
        List<String> allDone = f.progress().organizations().stream().filter(o -> !o.lagging()).map(o -> o.organization().name()).toList();
        if (done == 0) {
            body.add(new Para(taskCount == 0 ? "Chưa có nhiệm vụ để đánh giá."
                    : "Các cơ quan, đơn vị đã tiếp nhận Kế hoạch và triển khai nhiệm vụ được giao; đến ngày " + asOf + " chưa có nhiệm vụ hoàn thành."));
        } else {
            body.add(new Para("Đã hoàn thành " + done + "/" + taskCount + " nhiệm vụ (" + VnFormat.number(percent(done, taskCount)) + "%), trong đó "
                    + totals.doneOnTime() + " nhiệm vụ hoàn thành đúng hạn."
                    + (allDone.isEmpty() ? "" : " Hoàn thành toàn bộ nhiệm vụ được giao: " + String.join(", ", allDone) + ".")));
        }
        body.add(new Heading(2, "2. Hạn chế, tồn tại"));
        List<String> limits = new ArrayList<>();
        List<String> overdueAgencies = f.progress().organizations().stream().filter(o -> o.counts().overdue() > 0)
                .map(o -> o.organization().name()).toList();
        if (!overdueAgencies.isEmpty()) {
            limits.add("Còn " + totals.overdue() + " nhiệm vụ quá hạn chưa hoàn thành của: " + String.join(", ", overdueAgencies) + ".");
        }
        List<String> silent = f.progress().organizations().stream().filter(o -> o.lastReportDate() == null)
                .map(o -> o.organization().name()).toList();
        if (!silent.isEmpty()) limits.add("Chưa gửi báo cáo tiến độ: " + String.join(", ", silent) + ".");
        if (limits.isEmpty()) limits.add("Không có nhiệm vụ quá hạn; các cơ quan, đơn vị đều đã báo cáo tiến độ.");
        limits.forEach(l -> body.add(new Para(l)));

        // IV. Next steps
        body.add(new Heading(1, "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI"));
        List<TaskView> open = f.tasks().stream().filter(v -> !v.status().done()).toList();
        if (open.isEmpty()) {
            body.add(new Para("Tổng hợp kết quả, tham mưu sơ kết, tổng kết việc thực hiện Kế hoạch; duy trì các hoạt động đã triển khai."));
        } else {
            body.add(new Para("Tiếp tục theo dõi, kiểm tra, đôn đốc các cơ quan, đơn vị hoàn thành " + open.size() + " nhiệm vụ còn lại:"));
            for (TaskView v : open) {
                body.add(new Para("- " + v.leadOrganization().name() + ": " + shorten(v.text(), 140)
                        + (v.dueDate() == null ? "" : " (hạn " + VnFormat.date(v.dueDate()) + ")") + ";"));
            }
        }

        // V. Proposals
        body.add(new Heading(1, "V. ĐỀ XUẤT, KIẾN NGHỊ"));
        String reportTo = plan.standingOrganization() == null ? "cơ quan ban hành" : plan.standingOrganization();
        if (!overdueAgencies.isEmpty()) {
            body.add(new Para("Đề nghị " + plan.issuingOrganization() + " chỉ đạo " + String.join(", ", overdueAgencies)
                    + " khẩn trương hoàn thành các nhiệm vụ quá hạn, báo cáo kết quả về " + reportTo + " để tổng hợp."));
        } else {
            body.add(new Para("Đề nghị " + plan.issuingOrganization() + " tiếp tục chỉ đạo các cơ quan, đơn vị thực hiện Kế hoạch đúng tiến độ, "
                    + "báo cáo kết quả về " + reportTo + " để tổng hợp."));
        }
        body.add(new Para("Trên đây là báo cáo kết quả thực hiện Kế hoạch số " + plan.reference() + " đến ngày " + asOf + " của " + reporter + "./."));

        List<Annex> annexes = new ArrayList<>();
        if (taskCount > 0) {
            String caption = "(Kèm theo Báo cáo số " + t.numberLine().substring("Số: ".length()) + " ngày " + asOf + " của " + reporter + ")";
            annexes.add(new Annex("Phụ lục I", "TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ THEO CƠ QUAN, ĐƠN VỊ CHỦ TRÌ", caption, List.of(taskTable(f, byAgency))));
        }
        return new OfficialDocument(t.parentBody(), t.issuingBody(), t.numberLine(), VnFormat.placeDate(t.place(), f.asOf()),
                "BÁO CÁO", t.summary(), t.addressees(), body, t.recipients(), t.signerAuthority(), t.signerTitle(), t.signerName(), annexes);
    }

    static String overall(StatusCounts c, int taskCount, BigDecimal percent) {
        if (taskCount == 0) return "Kế hoạch chưa giao nhiệm vụ.";
        return "Trong tổng số " + taskCount + " nhiệm vụ: " + countsText(c, true) + ". Tỷ lệ đạt chỉ tiêu bình quân " + VnFormat.number(percent) + "%.";
    }

    /** "2 nhiệm vụ hoàn thành đúng hạn, 1 nhiệm vụ quá hạn": the non-zero states, laggards first unless the roll-up reads in order. */
    static String countsText(StatusCounts c, boolean all) {
        List<String> parts = new ArrayList<>();
        if (all) {
            add(parts, c.doneOnTime(), "hoàn thành đúng hạn");
            add(parts, c.doneLate(), "hoàn thành chậm");
            add(parts, c.inProgress(), "đang thực hiện");
            add(parts, c.overdue(), "quá hạn");
            add(parts, c.notStarted(), "chưa thực hiện");
        } else {
            add(parts, c.overdue(), "quá hạn");
            add(parts, c.inProgress(), "đang thực hiện");
            add(parts, c.notStarted(), "chưa thực hiện");
            add(parts, c.doneOnTime() + c.doneLate(), "đã hoàn thành");
        }
        return String.join(", ", parts);
    }

    private static void add(List<String> parts, int n, String what) {
        if (n > 0) parts.add(n + " nhiệm vụ " + what);
    }

    private static BigDecimal percent(int part, int whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** Tasks by lead agency, agencies in the order the plan first names them. */
    static Map<Long, List<TaskView>> byAgency(List<TaskView> tasks) {
        return tasks.stream().collect(Collectors.groupingBy(v -> v.leadOrganization().id(), LinkedHashMap::new, Collectors.toList()));
    }

    private static Table agencyTable(ProgressFacts f) {
        List<Column> cols = List.of(new Column("STT", 600, true), new Column("Cơ quan, đơn vị chủ trì", 2705, false),
                new Column("Số nhiệm vụ", 800, true), new Column("Hoàn thành", 800, true), new Column("Đang thực hiện", 800, true),
                new Column("Quá hạn", 800, true), new Column("Chưa thực hiện", 800, true), new Column("Tỷ lệ đạt (%)", 800, true),
                new Column("Báo cáo gần nhất", 1250, true));
        List<Row> rows = new ArrayList<>();
        int n = 1;
        for (OrganizationProgress o : f.progress().organizations()) {
            StatusCounts c = o.counts();
            rows.add(Row.of(Integer.toString(n++), o.organization().name(), Integer.toString(o.taskCount()),
                    Integer.toString(c.doneOnTime() + c.doneLate()), Integer.toString(c.inProgress()), Integer.toString(c.overdue()),
                    Integer.toString(c.notStarted()), VnFormat.number(o.percentReached()),
                    o.lastReportDate() == null ? "Chưa báo cáo" : VnFormat.date(o.lastReportDate())));
        }
        StatusCounts c = f.progress().totals();
        rows.add(Row.of("", "Tổng cộng", Integer.toString(f.tasks().size()), Integer.toString(c.doneOnTime() + c.doneLate()),
                Integer.toString(c.inProgress()), Integer.toString(c.overdue()), Integer.toString(c.notStarted()),
                VnFormat.number(f.progress().percentReached()), ""));
        return new Table(cols, rows);
    }

    /** Phụ lục I: one row per task, under its lead agency. */
    private static Table taskTable(ProgressFacts f, Map<Long, List<TaskView>> byAgency) {
        List<Column> cols = List.of(new Column("STT", 600, true), new Column("Nhiệm vụ", 2700, false), new Column("Thời hạn", 1250, true),
                new Column("Chỉ tiêu", 1200, false), new Column("Kết quả đến ngày " + VnFormat.date(f.asOf()), 2005, false),
                new Column("Tỷ lệ đạt (%)", 750, true), new Column("Tình trạng", 850, true));
        List<Row> rows = new ArrayList<>();
        int n = 1;
        int group = 0;
        for (List<TaskView> tasks : byAgency.values()) {
            rows.add(Row.group(ROMAN[Math.min(group++, ROMAN.length - 1)] + ". " + tasks.get(0).leadOrganization().name()));
            for (TaskView v : tasks) {
                String text = v.text();
                if (!v.cooperatingOrganizations().isEmpty()) {
                    text += "\nPhối hợp: " + v.cooperatingOrganizations().stream().map(o -> o.name()).collect(Collectors.joining(", ")) + ".";
                }
                LatestReport r = f.latest().get(v.id());
                String result;
                if (v.measuredByTargets()) {
                    result = "Theo chỉ tiêu chiến dịch: đạt " + VnFormat.number(v.percentReached()) + "% (chỉ tiêu thấp nhất)"
                            + (r == null ? "" : "\n" + r.text() + " (báo cáo ngày " + VnFormat.date(r.date()) + ")");
                } else if (r == null) {
                    result = "Chưa báo cáo";
                } else {
                    String figure = reached(v);
                    result = (figure == null ? "" : figure + "\n") + r.text() + " (báo cáo ngày " + VnFormat.date(r.date()) + ")";
                }
                for (ProgressFacts.Contribution c : f.contributions().getOrDefault(v.id(), List.of())) {
                    result += "\n" + contribution(c);
                }
                rows.add(Row.of(Integer.toString(n++), text, v.dueDate() == null ? "" : VnFormat.date(v.dueDate()), target(v.target()),
                        result, VnFormat.number(v.percentReached()), VnFormat.status(v.status())));
            }
        }
        return new Table(cols, rows);
    }

    /** "Phối hợp: Sở Thông tin và Truyền thông — đã tổ chức 3 buổi… (báo cáo ngày 20/11/2025)": a cooperating agency's part, briefly. */
    static String contribution(ProgressFacts.Contribution c) {
        return "Phối hợp: " + c.organization() + " — " + shorten(c.text(), 120)
                + (c.value() == null ? "" : " (" + VnFormat.number(c.value()) + ")") + " (báo cáo ngày " + VnFormat.date(c.date()) + ")";
    }

    /** "70 đại biểu (20 trường học các cấp và 50 học sinh)", "100% cán bộ, chiến sĩ Công an thành phố": the scope once. */
    static String target(Target t) {
        if (t == null) return "";
        String value = VnFormat.number(t.value()) + (t.kind() == TargetKind.PERCENT ? "%" : "");
        String unit = t.unit() == null ? "" : t.unit();
        String scope = t.scope() == null ? "" : t.scope().trim();
        if (scope.isEmpty() || Text.fold(unit).contains(Text.fold(scope))) return value + " " + unit;
        if (Text.fold(scope).contains(Text.fold(unit))) return value + " " + scope;
        return value + " " + unit + " (" + scope + ")";
    }

    /** "43/70 đại biểu", "95%"; null without a figure. */
    static String reached(TaskView v) {
        if (v.reachedValue() == null) return null;
        Target t = v.target();
        if (t == null) return VnFormat.number(v.reachedValue());
        if (t.kind() == TargetKind.PERCENT) return "Đạt " + VnFormat.number(v.reachedValue()) + "%";
        return "Đạt " + VnFormat.number(v.reachedValue()) + "/" + VnFormat.number(t.value()) + " " + t.unit();
    }

    private static String taskFacts(TaskView v, LatestReport r) {
        List<String> parts = new ArrayList<>();
        parts.add(VnFormat.status(v.status()).toLowerCase(VnFormat.VI));
        if (v.dueDate() != null) parts.add("hạn " + VnFormat.date(v.dueDate()));
        if (v.target() != null) parts.add("đạt " + VnFormat.number(v.percentReached()) + "% chỉ tiêu");
        parts.add(r == null ? "chưa báo cáo" : "báo cáo gần nhất ngày " + VnFormat.date(r.date()));
        return String.join(", ", parts);
    }

    /** The text up to about max characters, cut at a word, with an ellipsis. */
    static String shorten(String s, int max) {
        String one = s.replaceAll("\\s+", " ").trim();
        if (one.length() <= max) return stripEnd(one);
        int cut = one.lastIndexOf(' ', max);
        return stripEnd(one.substring(0, cut > max / 2 ? cut : max)) + "…";
    }

    private static String stripEnd(String s) {
        String r = s;
        while (!r.isEmpty() && ".;,:".indexOf(r.charAt(r.length() - 1)) >= 0) r = r.substring(0, r.length() - 1);
        return r;
    }
}
