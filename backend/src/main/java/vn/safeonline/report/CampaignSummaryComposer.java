package vn.safeonline.report;

import java.util.ArrayList;
import java.util.List;
import vn.safeonline.campaign.ActivityReport.TypeCount;
import vn.safeonline.campaign.Rollup;
import vn.safeonline.campaign.TargetDtos.Indicator;
import vn.safeonline.campaign.TargetDtos.UnitStatus;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.contest.ContestService.CategoryResults;
import vn.safeonline.contest.ContestService.ContestSummary;
import vn.safeonline.contest.ContestService.Placed;
import vn.safeonline.report.CampaignSummaryFacts.CampaignFacts;
import vn.safeonline.report.CampaignSummaryFacts.KindIndicator;
import vn.safeonline.report.CampaignSummaryFacts.TargetFigures;
import vn.safeonline.report.CampaignSummaryFacts.UnitKindCount;
import vn.safeonline.report.OfficialDocument.Annex;
import vn.safeonline.report.OfficialDocument.Block;
import vn.safeonline.report.OfficialDocument.Column;
import vn.safeonline.report.OfficialDocument.Heading;
import vn.safeonline.report.OfficialDocument.Para;
import vn.safeonline.report.OfficialDocument.Photos;
import vn.safeonline.report.OfficialDocument.Row;
import vn.safeonline.report.OfficialDocument.Table;

/**
 * Writes the campaign's summary report (Báo cáo tổng kết Chiến dịch) in the progress report's layout: I. the campaign,
 * II. the targets (per target, per kind of unit, the units that lag), III. the activities, IV. the contests, V. photos,
 * VI. assessment and proposals; every unit that lags goes to Phụ lục I with its figures. Each figure is the indicators
 * endpoint's, written as Vietnamese writes numbers ("61,4").
 */
final class CampaignSummaryComposer {
    /** Pupils' places shown per category: the prizes, not the whole field. */
    static final int PLACES = 10;

    private CampaignSummaryComposer() {
    }

    static OfficialDocument compose(CampaignSummaryFacts f, ReportTemplate t, String reporter) {
        CampaignFacts c = f.campaign();
        String asOf = VnFormat.date(f.asOf());
        String planRef = "Kế hoạch số " + c.planReference() + (c.planIssueDate() == null ? "" : " ngày " + VnFormat.date(c.planIssueDate()))
                + " của " + c.issuingOrganization();
        List<Block> body = new ArrayList<>();
        body.add(new Para("Thực hiện " + planRef + " về " + VnFormat.decapitalise(c.planTitle()) + ", " + reporter
                + " báo cáo tổng kết Chiến dịch “" + c.name() + "” (số liệu đến ngày " + asOf + ") như sau:"));
        if (!f.campaignWide()) {
            body.add(new Para("Số liệu trong báo cáo là của các đơn vị thuộc " + f.scopeOrganization() + "."));
        }

        // I. The campaign
        body.add(new Heading(1, "I. KHÁI QUÁT CHIẾN DỊCH"));
        body.add(new Para("- Tên chiến dịch: “" + c.name() + "”."));
        body.add(new Para("- Thời gian thực hiện: từ ngày " + VnFormat.date(c.startsOn()) + " đến ngày " + VnFormat.date(c.endsOn()) + "."));
        if (present(c.organisers())) body.add(new Para("- Đơn vị tổ chức: " + sentence(c.organisers())));
        if (present(c.directAudience())) body.add(new Para("- Đối tượng trực tiếp: " + sentence(c.directAudience())));
        if (present(c.indirectAudience())) body.add(new Para("- Đối tượng gián tiếp: " + sentence(c.indirectAudience())));
        if (!c.hashtags().isEmpty()) body.add(new Para("- Hashtag: " + String.join(", ", c.hashtags()) + "."));
        StringBuilder units = new StringBuilder("- Đơn vị tham gia: ").append(f.unitCount()).append(" đơn vị");
        if (!f.unitKinds().isEmpty()) {
            units.append(" (");
            for (int i = 0; i < f.unitKinds().size(); i++) {
                UnitKindCount k = f.unitKinds().get(i);
                if (i > 0) units.append("; ");
                units.append(k.units()).append(' ').append(VnFormat.decapitalise(CampaignLabels.unitKind(k.kind())));
            }
            units.append(')');
        }
        body.add(new Para(units.append('.').toString()));

        // II. Targets
        body.add(new Heading(1, "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"));
        List<TargetFigures> targets = f.targets();
        long reached = targets.stream().filter(x -> x.indicator().reached()).count();
        if (targets.isEmpty()) {
            body.add(new Para("Chiến dịch chưa đặt chỉ tiêu."));
        } else {
            body.add(new Para("Chiến dịch đặt " + targets.size() + " chỉ tiêu; đến ngày " + asOf + ", " + reached + "/" + targets.size()
                    + " chỉ tiêu đạt mục tiêu."));
            body.add(new Heading(2, "1. Kết quả theo chỉ tiêu"));
            body.add(targetTable(targets));
            body.add(new Heading(2, "2. Kết quả theo loại đơn vị"));
            body.add(kindTable(targets));
            body.add(new Heading(2, "3. Các đơn vị chưa đạt chỉ tiêu"));
            long lagging = targets.stream().flatMap(x -> x.figures().stream()).filter(x -> x.status() != UnitStatus.REACHED)
                    .map(x -> x.unit().id()).distinct().count();
            if (lagging == 0) {
                body.add(new Para("Tất cả các đơn vị đều đạt các chỉ tiêu."));
            } else {
                body.add(new Para(lagging + " đơn vị chưa đạt ít nhất một chỉ tiêu; danh sách và số liệu của từng đơn vị tại Phụ lục I."));
                for (TargetFigures x : targets) {
                    Indicator i = x.indicator();
                    int below = i.unitsInScope() - i.unitsReached();
                    if (below > 0) {
                        body.add(new Para("- " + i.name() + ": " + below + "/" + i.unitsInScope() + " đơn vị chưa đạt, trong đó "
                                + i.unitsNotReported() + " đơn vị chưa báo cáo."));
                    }
                }
            }
        }

        // III. Activities
        body.add(new Heading(1, "III. CÁC HOẠT ĐỘNG ĐÃ TRIỂN KHAI"));
        if (f.activities().isEmpty()) {
            body.add(new Para("Chưa có báo cáo hoạt động nào."));
        } else {
            long reports = f.activities().stream().mapToLong(TypeCount::reports).sum();
            body.add(new Para("Các đơn vị đã báo cáo " + reports + " hoạt động thuộc " + f.activities().size() + " loại hình:"));
            body.add(activityTable(f.activities()));
        }

        // IV. Contests
        body.add(new Heading(1, "IV. KẾT QUẢ CÁC CUỘC THI"));
        if (f.contests().isEmpty()) {
            body.add(new Para("Chiến dịch không tổ chức cuộc thi."));
        }
        int n = 1;
        for (ContestSummary contest : f.contests()) {
            body.add(new Heading(2, (n++) + ". " + contest.title()));
            int entries = contest.categories().stream().mapToInt(CategoryResults::entries).sum();
            String closes = VnFormat.date(contest.closesAt().atZoneSameInstant(BusinessClock.ZONE).toLocalDate());
            if (!contest.published()) {
                body.add(new Para("Cuộc thi nhận bài đến ngày " + closes + "; " + entries + " bài dự thi hợp lệ; chưa công bố kết quả."));
                continue;
            }
            body.add(new Para("Cuộc thi kết thúc nhận bài ngày " + closes + ", có " + entries
                    + " bài dự thi hợp lệ; kết quả theo thể loại (học sinh ghi theo chữ cái đầu của tên):"));
            body.add(contestTable(contest));
        }

        // V. Photos
        body.add(new Heading(1, "V. HÌNH ẢNH HOẠT ĐỘNG"));
        if (f.photos().isEmpty()) {
            body.add(new Para("Các đơn vị chưa gửi hình ảnh hoạt động."));
        } else {
            body.add(new Para("Một số hình ảnh các đơn vị gửi kèm báo cáo hoạt động:"));
            body.add(new Photos(f.photos()));
        }

        // VI. Assessment
        body.add(new Heading(1, "VI. ĐÁNH GIÁ CHUNG VÀ KIẾN NGHỊ"));
        if (!targets.isEmpty()) {
            body.add(new Para(reached == targets.size()
                    ? "Chiến dịch đạt toàn bộ " + targets.size() + " chỉ tiêu đề ra."
                    : "Chiến dịch đạt " + reached + "/" + targets.size() + " chỉ tiêu; các chỉ tiêu chưa đạt: "
                    + String.join("; ", targets.stream().filter(x -> !x.indicator().reached())
                    .map(x -> x.indicator().name() + " (" + VnFormat.number(x.indicator().value()) + "%/" + VnFormat.number(x.indicator().goalPercent()) + "%)").toList()) + "."));
        }
        body.add(new Para("Đề nghị các đơn vị chưa đạt chỉ tiêu khẩn trương thực hiện, cập nhật báo cáo; các cơ quan, đơn vị tiếp tục "
                + "duy trì các hoạt động bảo vệ trẻ em trên môi trường mạng sau chiến dịch./."));

        List<Annex> annexes = new ArrayList<>();
        Table laggards = laggardTable(targets);
        if (!laggards.rows().isEmpty()) {
            String number = t.number().isEmpty() ? "     " : t.number();
            annexes.add(new Annex("Phụ lục I", "DANH SÁCH ĐƠN VỊ CHƯA ĐẠT CHỈ TIÊU",
                    "(Kèm theo Báo cáo số " + number + "/" + t.symbol() + " ngày " + asOf + " của " + reporter + ")", List.of(laggards)));
        }

        return new OfficialDocument(t.parentBody(), t.issuingBody(), t.numberLine(), VnFormat.placeDate(t.place(), f.asOf()), "BÁO CÁO",
                t.summary(), t.addressees(), body, t.recipients(), t.signerAuthority(), t.signerTitle(), t.signerName(), annexes);
    }

    /** Per target: goal, result, the figure it is computed from, units reached, not reported, assessment. */
    static Table targetTable(List<TargetFigures> targets) {
        List<Column> cols = List.of(new Column("STT", 600, true), new Column("Chỉ tiêu", 2900, false), new Column("Mục tiêu (%)", 850, true),
                new Column("Kết quả (%)", 850, true), new Column("Số đạt/Tổng số", 1300, true), new Column("Đơn vị đạt/Đơn vị", 1100, true),
                new Column("Chưa báo cáo", 850, true), new Column("Đánh giá", 904, true));
        List<Row> rows = new ArrayList<>();
        int n = 1;
        for (TargetFigures x : targets) {
            Indicator i = x.indicator();
            rows.add(Row.of(Integer.toString(n++), i.name(), VnFormat.number(i.goalPercent()), VnFormat.number(i.value()),
                    i.numerator() + "/" + i.denominator() + " " + CampaignLabels.measure(x.kind(), x.audience()),
                    i.unitsReached() + "/" + i.unitsInScope(), Integer.toString(i.unitsNotReported()), i.reached() ? "Đạt" : "Chưa đạt"));
        }
        return new Table(cols, rows);
    }

    /** Per target, a group row, then one row per kind of unit in its scope. */
    static Table kindTable(List<TargetFigures> targets) {
        List<Column> cols = List.of(new Column("STT", 600, true), new Column("Loại đơn vị", 3254, false), new Column("Số đơn vị", 1000, true),
                new Column("Đơn vị đạt", 1000, true), new Column("Chưa báo cáo", 1000, true), new Column("Số đạt/Tổng số", 1500, true),
                new Column("Kết quả (%)", 1000, true));
        List<Row> rows = new ArrayList<>();
        int g = 1;
        for (TargetFigures x : targets) {
            rows.add(Row.group(g++ + ". " + x.indicator().name()));
            int n = 1;
            for (KindIndicator k : x.byKind()) {
                Indicator i = k.indicator();
                rows.add(Row.of(Integer.toString(n++), CampaignLabels.unitKind(k.kind()), Integer.toString(i.unitsInScope()),
                        Integer.toString(i.unitsReached()), Integer.toString(i.unitsNotReported()), i.numerator() + "/" + i.denominator(),
                        VnFormat.number(i.value())));
            }
        }
        return new Table(cols, rows);
    }

    static Table activityTable(List<TypeCount> activities) {
        List<Column> cols = List.of(new Column("STT", 600, true), new Column("Loại hoạt động", 4754, false), new Column("Số hoạt động", 2000, true),
                new Column("Lượt người tham gia", 2000, true));
        List<Row> rows = new ArrayList<>();
        int n = 1;
        long reports = 0;
        long people = 0;
        for (TypeCount a : activities) {
            rows.add(Row.of(Integer.toString(n++), CampaignLabels.activity(a.type()), Long.toString(a.reports()), Long.toString(a.participants())));
            reports += a.reports();
            people += a.participants();
        }
        rows.add(Row.of("", "Tổng cộng", Long.toString(reports), Long.toString(people)));
        return new Table(cols, rows);
    }

    /** Per category, the ranked pupils by initial, school and grade: never a name. */
    static Table contestTable(ContestSummary contest) {
        List<Column> cols = List.of(new Column("Thứ hạng", 900, true), new Column("Học sinh", 1100, true), new Column("Trường", 5454, false),
                new Column("Lớp", 900, true), new Column("Điểm", 1000, true));
        List<Row> rows = new ArrayList<>();
        for (CategoryResults cat : contest.categories()) {
            rows.add(Row.group("Thể loại: " + CampaignLabels.category(cat.category()) + " (" + cat.entries() + " bài)"));
            if (cat.ranked().isEmpty()) {
                rows.add(Row.of("", "", "Chưa có bài được xếp hạng", "", ""));
                continue;
            }
            for (Placed p : cat.ranked().stream().limit(PLACES).toList()) {
                rows.add(Row.of(Integer.toString(p.rank()), p.initial().isEmpty() ? "—" : p.initial(), p.school(),
                        p.grade() == null ? "" : Integer.toString(p.grade()), p.total() == null ? "" : VnFormat.number(p.total())));
            }
        }
        return new Table(cols, rows);
    }

    /** Phụ lục I: under each target, the units below it, lowest first, with their figures. */
    static Table laggardTable(List<TargetFigures> targets) {
        List<Column> cols = List.of(new Column("STT", 600, true), new Column("Đơn vị", 3054, false), new Column("Loại đơn vị", 1600, false),
                new Column("Số đạt/Tổng số", 1300, true), new Column("Kết quả (%)", 900, true), new Column("Số báo cáo", 800, true),
                new Column("Tình trạng", 1100, true));
        List<Row> rows = new ArrayList<>();
        int g = 1;
        for (TargetFigures x : targets) {
            List<Rollup.Figure> below = x.figures().stream().filter(fig -> fig.status() != UnitStatus.REACHED)
                    .sorted(java.util.Comparator.comparing(Rollup.Figure::value).thenComparing(fig -> fig.unit().name())).toList();
            if (below.isEmpty()) continue;
            Indicator i = x.indicator();
            rows.add(Row.group(g++ + ". " + i.name() + " (mục tiêu " + VnFormat.number(i.goalPercent()) + "%)"));
            int n = 1;
            for (Rollup.Figure fig : below) {
                rows.add(Row.of(Integer.toString(n++), fig.unit().name(), CampaignLabels.unitKind(fig.unit().type()),
                        fig.numerator() + "/" + fig.denominator(), VnFormat.number(fig.value()), Long.toString(fig.reports()),
                        CampaignLabels.status(fig.status())));
            }
        }
        return new Table(cols, rows);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /** The text as one sentence ending with a full stop. */
    private static String sentence(String s) {
        String one = s.replaceAll("\\s+", " ").trim();
        return one.endsWith(".") ? one : one + ".";
    }
}
