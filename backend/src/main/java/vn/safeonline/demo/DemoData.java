package vn.safeonline.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.safeonline.attendee.Attendee;
import vn.safeonline.attendee.AttendeeStatus;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.user.Passwords;
import vn.safeonline.event.Event;
import vn.safeonline.event.EventFormat;
import vn.safeonline.event.Venue;
import vn.safeonline.quota.InviteeCategory;
import vn.safeonline.quota.Quota;
import vn.safeonline.org.Organization;
import vn.safeonline.org.OrganizationType;
import vn.safeonline.plan.ContentSection;
import vn.safeonline.plan.LegalBasis;
import vn.safeonline.plan.Plan;
import vn.safeonline.plan.PlanStatus;
import vn.safeonline.plan.Recipient;
import vn.safeonline.task.ProgressReport;
import vn.safeonline.task.TargetKind;
import vn.safeonline.task.Task;
import vn.safeonline.user.AppUser;

/**
 * The demo deployment (demo and dev profiles, and tests): the real organisations of Cần Thơ, the
 * demo accounts, and the two real plans — the launch ceremony and campaign 120/KH-UBND. Loaded once.
 * The plans keep their numbers, agencies, quotas and texts; their dates follow the load day ({@link DemoCalendar}):
 * plan A's lists are due in four days, plan B's campaign is in its fourth week.
 */
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class);
    public static final String PASSWORD = "demo1234";

    @jakarta.inject.Inject
    DemoCampaign demoCampaign;
    @jakarta.inject.Inject
    BusinessClock clock;
    private final Map<String, Organization> orgs = new HashMap<>();
    private final Map<String, AppUser> users = new HashMap<>();

    @Transactional
    void onStart(@Observes StartupEvent event, @ConfigProperty(name = "app.demo.enabled") boolean enabled) {
        if (!enabled) return;
        if (Organization.count("code = ?1 and tenantId is null", "UBND-CT") > 0) {
            LOG.info("demo data already loaded");
            return;
        }
        long start = System.nanoTime();
        loadOrganizations();
        addWardPolice();
        loadUsers();
        InviteeCategory.createDefaults(orgs.get("UBND-CT").id);
        DemoCalendar a = DemoCalendar.ceremony(clock);
        DemoCalendar b = DemoCalendar.campaign(clock);
        Plan ceremony = launchCeremonyPlan(a);
        launchCeremony(ceremony, a);
        Plan campaign = campaignPlan(b);
        demoCampaign.load(campaign, users.get("congan"), b);
        LOG.infof("demo data loaded: %d organisations, %d users, plans %d and %d, dates moved by %d and %d days (%d ms)", orgs.size(), users.size(),
                ceremony.id, campaign.id, a.days(), b.days(), (System.nanoTime() - start) / 1_000_000);
    }

    private void loadOrganizations() {
        List<CSVRecord> rows;
        try (Reader in = new InputStreamReader(DemoData.class.getResourceAsStream("/demo/can-tho-organisations.csv"), StandardCharsets.UTF_8)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, CSVRecord> byCode = new LinkedHashMap<>();
        rows.forEach(r -> byCode.put(r.get("code"), r));
        // the People's Committee first: it is the deployment every other body belongs to
        CSVRecord root = byCode.get("UBND-CT");
        Organization city = Organization.create("UBND-CT", root.get("name"), OrganizationType.PEOPLES_COMMITTEE, null, null);
        Organization.flush();
        orgs.put("UBND-CT", city);
        for (CSVRecord r : byCode.values()) create(r, byCode, city.id);
    }

    private Organization create(CSVRecord r, Map<String, CSVRecord> byCode, long tenant) {
        String code = r.get("code");
        Organization done = orgs.get(code);
        if (done != null) return done;
        String parentCode = r.get("parent_code");
        Organization parent = parentCode.isBlank() ? null : create(byCode.get(parentCode), byCode, tenant);
        Organization o = Organization.create(code, r.get("name"), OrganizationType.valueOf(r.get("type")), parent, tenant);
        orgs.put(code, o);
        return o;
    }

    /** Every ward and commune has its police, under the city police. */
    private void addWardPolice() {
        Organization cityPolice = orgs.get("CA-TP");
        List<Organization> wards = orgs.values().stream()
                .filter(o -> o.type == OrganizationType.WARD || o.type == OrganizationType.COMMUNE).toList();
        for (Organization w : wards) {
            String name = "Công an " + Character.toLowerCase(w.name.charAt(0)) + w.name.substring(1);
            String code = "CA-" + w.code;
            orgs.put(code, Organization.create(code, name, OrganizationType.WARD_POLICE, cityPolice, null));
        }
    }

    private void loadUsers() {
        String hash = Passwords.hash(PASSWORD);
        user("admin", "Quản trị hệ thống", "VP-UBND", hash, "ADMIN");
        user("ubnd", "Lê Minh Tâm", "UBND-CT", hash, "COORDINATOR");
        user("congan", "Phan Hoàng Long", "CA-TP", hash, "COORDINATOR");
        user("sogddt", "Nguyễn Thị Lan", "SO-GDDT", hash, "OFFICER");
        user("sonoivu", "Trần Văn Hùng", "SO-NOIVU", hash, "OFFICER");
        user("sovhttdl", "Võ Thị Mai", "SO-VHTTDL", hash, "OFFICER");
        user("thanhdoan", "Huỳnh Quốc Bảo", "THANHDOAN-CT", hash, "OFFICER");
        user("hoiphunu", "Đặng Thị Hồng", "HLHPN-TP", hash, "OFFICER");
        user("sotaichinh", "Lý Văn Phúc", "SO-TAICHINH", hash, "OFFICER");
        user("baocantho", "Ngô Thanh Sơn", "BAO-PTTH-CT", hash, "OFFICER");
        user("xem", "Phạm Thu Trang", "VP-UBND", hash, "VIEWER");
        user("thptcvl", "Trần Thị Thu", "THPT-CHAUVANLIEM", hash, "OFFICER");
        user("giamkhao", "Lâm Quốc Việt", "THANHDOAN-CT", hash, "OFFICER");
    }

    private void user(String username, String fullName, String orgCode, String hash, String... roles) {
        AppUser u = new AppUser();
        u.username = username;
        u.fullName = fullName;
        u.organization = orgs.get(orgCode);
        u.passwordHash = hash;
        u.roles = roles;
        u.email = username + "@example.vn";
        u.persist();
        users.put(username, u);
    }

    private Plan plan(String number, String symbol, LocalDate issueDate, String title) {
        Plan p = new Plan();
        p.tenantId = orgs.get("UBND-CT").id;
        p.issuingOrg = orgs.get("UBND-CT");
        p.standingOrg = orgs.get("CA-TP");
        p.number = number;
        p.symbol = symbol;
        p.place = "Cần Thơ";
        p.issueDate = issueDate;
        p.title = title;
        p.signerAuthority = "TM. ỦY BAN NHÂN DÂN";
        p.signerTitle = "CHỦ TỊCH";
        p.signerName = "Trương Cảnh Tuyên";
        p.createdBy = users.get("ubnd");
        return p;
    }

    private Task task(Plan plan, int position, String label, String lead, String text, LocalDate due, TargetKind kind,
                      Integer target, String unit, String scope, String... cooperators) {
        Task t = new Task();
        t.plan = plan;
        t.position = position;
        t.label = label;
        t.leadOrg = orgs.get(lead);
        t.text = text;
        t.dueDate = due;
        t.targetKind = kind;
        t.targetValue = target == null ? null : BigDecimal.valueOf(target);
        t.targetUnit = unit;
        t.targetScope = scope;
        for (String c : cooperators) t.cooperators.add(orgs.get(c));
        t.persist();
        return t;
    }

    /** A typed progress report on the given day; none when the day is empty (it would fall after today). */
    private void report(Task t, String username, Optional<LocalDate> day, Integer value, boolean done, String text, String... links) {
        if (day.isEmpty()) return;
        LocalDate date = day.get();
        ProgressReport r = new ProgressReport();
        r.task = t;
        r.reportDate = date;
        r.value = value == null ? null : BigDecimal.valueOf(value);
        r.done = done;
        r.text = text;
        r.evidenceLinks(List.of(links));
        r.reportedBy = users.get(username);
        r.organization = users.get(username).organization;
        OffsetDateTime written = date.atTime(16, 30).atOffset(ZoneOffset.ofHours(7));
        r.createdAt = written.isAfter(clock.now()) ? clock.now() : written;
        r.persist();
    }

    /**
     * Plan A: fixtures/plan-launch-ceremony.vi.txt. The fixture's number and date are blank; the demo gives it 135 of 25/5/2026,
     * its lists due 28/5/2026 and the ceremony on 29/5/2026 — each moved by {@code a} so that the lists are due four days after
     * the load day. Its agencies' reports would all come after the load day: none is loaded yet.
     */
    private Plan launchCeremonyPlan(DemoCalendar a) {
        LocalDate ceremony = LocalDate.of(2026, 5, 29);
        LocalDate lists = LocalDate.of(2026, 5, 28);
        Plan p = plan("135", "KH-UBND", a.day(LocalDate.of(2026, 5, 25)),
                "Tổ chức Lễ phát động Chương trình “Bảo vệ và hỗ trợ trẻ em phát triển trên môi trường mạng giai đoạn 2026 - 2030”");
        p.legalBases(List.of(
                new LegalBasis("Quyết định", "468/QĐ-TTg", a.day(LocalDate.of(2026, 3, 23)), "Thủ tướng Chính phủ",
                        "Phê duyệt Chương trình “Bảo vệ và hỗ trợ trẻ em phát triển trên môi trường mạng giai đoạn 2026 - 2030”"),
                new LegalBasis("Kế hoạch", "4821/A05-P6", a.day(LocalDate.of(2026, 5, 22)),
                        "Cục An ninh mạng và phòng chống tội phạm sử dụng công nghệ cao", "Về việc tổ chức Lễ phát động Chương trình")));
        p.purpose = """
                1. Tổ chức tiếp sóng phát trực tiếp Lễ phát động từ Hà Nội trên các nền tảng VTV go (Đài Truyền hình Việt Nam) và FPT Play.
                2. Đưa tin truyền thông, lan tỏa thông tin, hưởng ứng Chương trình Lễ phát động tại Hà Nội và địa phương trên các phương tiện truyền thông, báo chí; huy động các hội, nhóm, kênh thông tin trên mạng xã hội, Trang thông tin điện tử do các cơ quan, ban ngành thành phố, Ủy ban nhân dân xã, phường quản lý và người có ảnh hưởng (KOLs) viết bài, đưa tin trước, trong và sau Lễ phát động chương trình.""";
        p.requirements = "3. Tổ chức Lễ phát động Chương trình nghiêm túc, chặt chẽ, chu đáo, đảm bảo chất lượng.";
        p.contentSections(List.of(
                new ContentSection("1. Thời gian, địa điểm, hình thức", """
                        - Thời gian: Dự kiến từ 8h00 đến 11h30, %s, %s.
                        - Địa điểm: Hội trường Công an thành phố (số 9A Trần Phú, phường Cái Khế, thành phố Cần Thơ).
                        - Hình thức: Trực tiếp tại trường Tiểu học Vinschool The Harmony (phường Phúc Lợi, thành phố Hà Nội) và phát trực tuyến đến điểm cầu của thành phố."""
                        .formatted(a.weekday(ceremony), a.dmy(ceremony))),
                new ContentSection("2. Thành phần tham dự (Dự kiến khoảng 275 đại biểu)", """
                        2.1. Chủ trì: Lãnh đạo UBND thành phố.
                        2.2. Đại biểu tham dự:
                        - Đại diện lãnh đạo Công an thành phố;
                        - Đại diện lãnh đạo các Sở, ban, ngành thành phố; Ủy ban Mặt trận Tổ quốc Việt Nam thành phố; Bộ Chỉ huy Quân sự thành phố; Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố; Hội liên hiệp phụ nữ thành phố.
                        - Doanh nghiệp lớn trên địa bàn thành phố;
                        - KOLs, quản trị viên các hội nhóm, diễn đàn lớn tại địa phương.
                        - Trường học các cấp;
                        - Học sinh, trẻ em có hoàn cảnh khó khăn;
                        - Hội, Hiệp hội, tổ chức xã hội trên địa bàn;
                        - Cơ quan truyền thông, báo chí.""")));
        p.recipients.addAll(List.of(
                new Recipient(null, "Cục ANM và PCTP sử dụng CNC, Bộ Công an"),
                new Recipient(orgs.get("MTTQ-TP"), "UBMTTQVN TP và các tổ chức thành viên"),
                new Recipient(orgs.get("UBND-CT"), "CT, PCT UBND TP"),
                new Recipient(orgs.get("VP-UBND"), "VP UBND TP (2AE, 3C)"),
                new Recipient(orgs.get("CA-TP"), "Công an TP"),
                new Recipient(orgs.get("BCHQS-TP"), "Bộ Chỉ huy Quân sự TP"),
                new Recipient(null, "Sở, ban, ngành TP"),
                new Recipient(null, "UBND xã, phường"),
                new Recipient(null, "Lưu: VT, NC")));
        p.contactName = "Thượng tá Phan Hoàng Long";
        p.contactTitle = "Phó Trưởng phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, Công an thành phố";
        p.contactPhone = "0939.949.749";
        p.startDate = a.day(LocalDate.of(2026, 5, 25));
        p.endDate = a.day(ceremony);
        p.status = PlanStatus.ISSUED;
        // issued in the system at the load at the latest, though the document is dated the next day
        p.issuedAt = a.clamped(OffsetDateTime.of(2026, 5, 25, 9, 0, 0, 0, ZoneOffset.ofHours(7)));
        p.persist();

        Task t1 = task(p, 1, "III.1.a", "CA-TP", "Chịu trách nhiệm chủ trì tổ chức Lễ phát động Chương trình, phối hợp Sở Khoa học và Công nghệ, VNPT Cần Thơ chuẩn bị điều kiện cần thiết để tiếp sóng trực tiếp từ trường Tiểu học Vinschool The Harmony, thành phố Hà Nội; đảm bảo âm thanh, ánh sáng, hội trường; phân công cán bộ quay phim, chụp ảnh tư liệu, bảo đảm công tác hậu cần theo quy định.",
                a.day(ceremony), null, null, null, null, "SO-KHCN", "VNPT-CT");
        Task t2 = task(p, 2, "III.1.b", "CA-TP", "Mời đại diện lãnh đạo các Phòng nghiệp vụ và Chỉ huy Công an các xã, phường, Đoàn Công an. Tham mưu lãnh đạo UBND thành phố lựa chọn và mời 05 doanh nghiệp lớn; 30 KOLs, quản trị viên các hội nhóm, diễn đàn lớn tại địa phương.",
                a.day(lists), TargetKind.COUNT, 35, "đại biểu", "05 doanh nghiệp lớn, 30 KOLs và quản trị viên hội nhóm");
        Task t3 = task(p, 3, "III.2", "SO-GDDT", "Tham mưu lãnh đạo UBND thành phố mời đại diện 20 trường học các cấp và 50 em học sinh trên địa bàn thành phố.",
                a.day(lists), TargetKind.COUNT, 70, "đại biểu", "20 trường học các cấp và 50 học sinh");
        Task t4 = task(p, 4, "III.3", "SO-NOIVU", "Tham mưu lãnh đạo UBND thành phố mời đại diện 10 Hội, Hiệp hội, tổ chức xã hội trên địa bàn.",
                a.day(lists), TargetKind.COUNT, 10, "hội, hiệp hội, tổ chức xã hội", null);
        Task t5 = task(p, 5, "III.4", "SO-VHTTDL", "Tham mưu lãnh đạo UBND thành phố mời đại diện 20 cơ quan truyền thông, báo chí tại địa phương.",
                a.day(lists), TargetKind.COUNT, 20, "cơ quan truyền thông, báo chí", null);
        // the story's reports, from two days before the lists are due to the ceremony: each only once its day has come
        report(t1, "congan", a.past(LocalDate.of(2026, 5, 28)), null, true, "Đã hoàn tất kiểm tra đường truyền tiếp sóng với VNPT Cần Thơ, âm thanh, ánh sáng hội trường 9A Trần Phú.");
        report(t2, "congan", a.past(LocalDate.of(2026, 5, 27)), 35, true, "Đã gửi giấy mời 05 doanh nghiệp và 30 KOLs, quản trị viên hội nhóm.");
        report(t3, "sogddt", a.past(LocalDate.of(2026, 5, 26)), 43, false, "Đã có danh sách 12/20 trường, 31/50 học sinh.");
        report(t3, "sogddt", a.past(ceremony), 70, true, "Hoàn thành danh sách 20 trường và 50 học sinh (gửi bổ sung sáng ngày " + a.dm(ceremony) + ").");
        report(t4, "sonoivu", a.past(LocalDate.of(2026, 5, 27)), 10, true, "Đã mời đủ 10 hội, hiệp hội.");
        report(t5, "sovhttdl", a.past(LocalDate.of(2026, 5, 27)), 14, false, "Đã xác nhận 14/20 cơ quan báo chí.");
        return p;
    }

    /**
     * Plan B: 120/KH-UBND of 17/10/2025, campaign “Không một mình” – “Cùng nhau an toàn trực tuyến” of 06/10–30/11/2025, each
     * date moved by {@code b} so that the load day is the campaign's 25th day (its 4th week). Each agency's typed reports are
     * kept, those that would come after the load day dated the load day: every agency has said where it stands.
     */
    private Plan campaignPlan(DemoCalendar b) {
        LocalDate workshopsFrom = LocalDate.of(2025, 10, 7);
        LocalDate workshopsTo = LocalDate.of(2025, 10, 12);
        Plan p = plan("120", "KH-UBND", b.day(LocalDate.of(2025, 10, 17)),
                "Triển khai Chiến dịch “Không một mình” – “Cùng nhau an toàn trực tuyến” trên địa bàn thành phố Cần Thơ");
        p.legalBases(List.of(
                new LegalBasis("Công ước", "Công ước Hà Nội", null, "Liên hợp quốc", "Công ước của Liên hợp quốc về chống tội phạm mạng"),
                new LegalBasis("Kế hoạch", "578/KH-BCA-A05", b.day(LocalDate.of(2023, 11, 17)), "Bộ Công an", null),
                new LegalBasis("Công văn", "7912/A05-P3", b.day(LocalDate.of(2025, 9, 25)),
                        "Cục An ninh mạng và phòng chống tội phạm sử dụng công nghệ cao", null)));
        p.purpose = "Nâng cao nhận thức, kỹ năng tự bảo vệ của học sinh, sinh viên, thanh thiếu niên từ 12 đến 24 tuổi trước các hành vi dụ dỗ, thao túng, lừa đảo, “bắt cóc online” và mua bán người trên không gian mạng; hưởng ứng chiến dịch do Bộ Công an phối hợp UNODC tổ chức.";
        p.requirements = "Triển khai đồng bộ, thực chất tới 100% trường học, đơn vị; sử dụng thống nhất các hashtag #khongmotminh #antoantructuyen #niemtinso; báo cáo kết quả theo quy định.";
        p.contentSections(List.of(
                new ContentSection("1. Hoạt động truyền thông trực tuyến", "Phát động nội bộ; đăng bài hưởng ứng kèm hashtag; thay ảnh đại diện, ảnh bìa theo khung chiến dịch; chia sẻ trailer Ngày hội an toàn trực tuyến; thử thách video, video tổng kết; infographic, clip; ấn phẩm in tại trường học; ấn phẩm số; chuyên mục mẹo an toàn; minigame nội bộ."),
                new ContentSection("2. Hoạt động trực tiếp", "Tập huấn, hội thảo (Công an thành phố chọn trường thí điểm tổ chức hội thảo từ "
                        + b.range(workshopsFrom, workshopsTo) + "); lồng ghép vào bài giảng, chào cờ; Ngày hội an toàn trực tuyến tại trường; sân khấu hóa; trò chơi nhập vai."),
                new ContentSection("3. Cuộc thi", "Cuộc thi về an toàn trực tuyến và Công ước Hà Nội: viết, thuyết trình, hùng biện, vẽ tranh, truyện tranh, âm nhạc, áp phích, video, thiết kế trò chơi nhập vai."),
                new ContentSection("4. Bức tường An toàn số", "Thanh thiếu niên ký cam kết an toàn trên không gian mạng."),
                new ContentSection("5. Hỗ trợ trẻ em bị tổn hại", "Sàng lọc, tư vấn, hỗ trợ tâm lý, pháp lý cho trẻ em bị xâm hại, đe dọa hoặc có nguy cơ trên không gian mạng.")));
        p.recipients.addAll(List.of(
                new Recipient(null, "Cục An ninh mạng và phòng chống tội phạm sử dụng công nghệ cao, Bộ Công an"),
                new Recipient(orgs.get("UBND-CT"), "CT, các PCT UBND thành phố"),
                new Recipient(orgs.get("CA-TP"), "Công an thành phố"),
                new Recipient(orgs.get("SO-GDDT"), "Sở Giáo dục và Đào tạo"),
                new Recipient(orgs.get("SO-VHTTDL"), "Sở Văn hóa, Thể thao và Du lịch"),
                new Recipient(orgs.get("SO-TAICHINH"), "Sở Tài chính"),
                new Recipient(orgs.get("BAO-PTTH-CT"), "Báo và Phát thanh, Truyền hình Cần Thơ"),
                new Recipient(orgs.get("THANHDOAN-CT"), "Thành đoàn Cần Thơ"),
                new Recipient(orgs.get("HLHPN-TP"), "Hội Liên hiệp Phụ nữ thành phố"),
                new Recipient(orgs.get("VP-UBND"), "VP UBND thành phố"),
                new Recipient(null, "Lưu: VT")));
        p.contactName = "Thượng tá Phan Hoàng Long";
        p.contactTitle = "Phó Trưởng phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, Công an thành phố";
        p.contactPhone = "0939.949.749";
        p.startDate = b.day(LocalDate.of(2025, 10, 6));
        p.endDate = b.day(LocalDate.of(2025, 11, 30));
        p.status = PlanStatus.ISSUED;
        p.issuedAt = b.clamped(OffsetDateTime.of(2025, 10, 17, 10, 0, 0, 0, ZoneOffset.ofHours(7)));
        p.persist();

        LocalDate end = p.endDate;
        Task lead = task(p, 1, "1.a", "CA-TP", "Là cơ quan thường trực, chủ trì tham mưu triển khai Kế hoạch; chọn trường thí điểm tổ chức hội thảo từ " + b.range(workshopsFrom, workshopsTo) + " và quay phim các bạn trẻ điển hình; huy động KOLs, báo cáo viên, chuyên gia đến các trường; phối hợp báo chí sản xuất sản phẩm truyền thông.",
                b.day(workshopsTo), TargetKind.COUNT, 6, "hội thảo tại trường thí điểm", "trường thí điểm");
        Task officers = task(p, 2, "1.b", "CA-TP", "100% cán bộ, chiến sĩ thay ảnh đại diện, ảnh bìa theo khung chiến dịch.",
                end, TargetKind.PERCENT, 100, "cán bộ, chiến sĩ", "cán bộ, chiến sĩ Công an thành phố");
        Task doorToDoor = task(p, 3, "1.c", "CA-TP", "Chỉ đạo Công an xã, phường tuyên truyền đến từng hộ gia đình (“gõ cửa từng nhà”); chịu trách nhiệm khi người dân trên địa bàn bị hại mà chưa được tuyên truyền, cảnh báo.",
                end, TargetKind.PERCENT, 100, "xã, phường", "103 xã, phường");
        Task schoolsPost = task(p, 4, "2.a", "SO-GDDT", "Xây dựng chương trình tại trường học; 100% trường học đăng bài hưởng ứng kèm hashtag của chiến dịch và đề nghị toàn thể học sinh, sinh viên, giáo viên, phụ huynh thay khung ảnh đại diện.",
                end, TargetKind.PERCENT, 100, "trường học", "các trường học trên địa bàn thành phố");
        Task schoolsPrint = task(p, 5, "2.b", "SO-GDDT", "100% trường học treo áp phích, băng rôn, standee, dán sticker, decal và sử dụng ấn phẩm số (video ngắn trên màn hình LED, giờ chào cờ, hình nền).",
                end, TargetKind.PERCENT, 100, "trường học", "các trường học trên địa bàn thành phố");
        task(p, 6, "2.c", "SO-GDDT", "Hướng dẫn các trường tổ chức cuộc thi, minigame về an toàn trực tuyến và Công ước Hà Nội.", end, null, null, null, null, "CA-TP");
        Task media = task(p, 7, "3", "SO-VHTTDL", "Chủ trì, phối hợp Báo và Phát thanh, Truyền hình Cần Thơ mở chuyên trang, chuyên mục, chương trình; vận động nghệ sĩ, người có ảnh hưởng tham gia lan tỏa chiến dịch.",
                end, null, null, null, null, "BAO-PTTH-CT");
        Task youth = task(p, 8, "4", "THANHDOAN-CT", "100% cơ sở Đoàn tham gia; đoàn viên, thanh niên tham dự hội thảo và ký cam kết trên Bức tường An toàn số; phối hợp hỗ trợ trẻ em bị tổn hại.",
                end, TargetKind.PERCENT, 100, "cơ sở Đoàn", "cơ sở Đoàn trực thuộc");
        Task women = task(p, 9, "5", "HLHPN-TP", "100% cơ sở Hội tham gia; hội viên tham dự hội thảo và ký cam kết trên Bức tường An toàn số; phối hợp hỗ trợ trẻ em bị tổn hại.",
                end, TargetKind.PERCENT, 100, "cơ sở Hội", "cơ sở Hội trực thuộc");
        Task budget = task(p, 10, "6", "SO-TAICHINH", "Tham mưu bố trí kinh phí thực hiện Kế hoạch theo dự toán của các đơn vị.",
                b.day(LocalDate.of(2025, 10, 31)), null, null, null, null);
        task(p, 11, "7", "CA-TP", "Theo dõi, kiểm tra, đôn đốc việc thực hiện; tổng hợp, báo cáo kết quả và tổng kết Kế hoạch.",
                b.day(LocalDate.of(2025, 12, 15)), null, null, null, null);
        report(lead, "congan", Optional.of(b.clamped(LocalDate.of(2025, 10, 12))), 6, true, "Đã tổ chức 06 hội thảo tại trường thí điểm (THPT Châu Văn Liêm, THPT chuyên Lý Tự Trọng, THCS Đoàn Thị Điểm…).",
                "https://congan.cantho.gov.vn/");
        report(officers, "congan", Optional.of(b.clamped(LocalDate.of(2025, 10, 20))), null, false, "92% cán bộ, chiến sĩ đã thay khung ảnh đại diện.");
        report(officers, "congan", Optional.of(b.clamped(LocalDate.of(2025, 11, 10))), null, false, "100% cán bộ, chiến sĩ đã thay khung ảnh đại diện.");
        report(doorToDoor, "congan", Optional.of(b.clamped(LocalDate.of(2025, 11, 25))), 87, false, "90/103 xã, phường đã tuyên truyền đến hộ gia đình.");
        report(schoolsPost, "sogddt", Optional.of(b.clamped(LocalDate.of(2025, 11, 5))), null, false, "143/150 trường đã đăng bài hưởng ứng kèm hashtag.",
                "https://sogddt.cantho.gov.vn/");
        report(schoolsPrint, "sogddt", Optional.of(b.clamped(LocalDate.of(2025, 11, 28))), null, false, "100% trường học đã treo áp phích, standee.");
        report(media, "sovhttdl", Optional.of(b.clamped(LocalDate.of(2025, 12, 3))), null, true, "Đã mở chuyên mục “Không một mình” trên Báo và Phát thanh, Truyền hình Cần Thơ.");
        report(youth, "thanhdoan", Optional.of(b.clamped(LocalDate.of(2025, 11, 20))), 100, true, "100% cơ sở Đoàn tham gia.");
        report(women, "hoiphunu", Optional.of(b.clamped(LocalDate.of(2025, 11, 15))), 60, false, "60% cơ sở Hội đã triển khai.");
        report(budget, "sotaichinh", Optional.of(b.clamped(LocalDate.of(2025, 10, 30))), null, true, "Đã thẩm định dự toán và tham mưu bố trí kinh phí.");
        return p;
    }

    /** The ceremony of plan A: the hall, the quotas of section III, and lists as they stand four days before they are due. */
    private void launchCeremony(Plan plan, DemoCalendar calendar) {
        ZoneOffset vn = ZoneOffset.ofHours(7);
        Event e = new Event();
        e.plan = plan;
        e.title = "Lễ phát động Chương trình “Bảo vệ và hỗ trợ trẻ em phát triển trên môi trường mạng giai đoạn 2026 - 2030”";
        e.startsAt = calendar.at(OffsetDateTime.of(2026, 5, 29, 8, 0, 0, 0, vn));
        e.endsAt = calendar.at(OffsetDateTime.of(2026, 5, 29, 11, 30, 0, 0, vn));
        e.format = EventFormat.LIVE_RELAY;
        e.expectedAttendance = 275;
        e.chair = "Lãnh đạo UBND thành phố";
        e.description = "Tiếp sóng trực tiếp từ trường Tiểu học Vinschool The Harmony (phường Phúc Lợi, thành phố Hà Nội) trên VTV go và FPT Play.";
        Venue hall = new Venue();
        hall.event = e;
        hall.name = "Hội trường Công an thành phố";
        hall.address = "Số 9A Trần Phú, phường Cái Khế, thành phố Cần Thơ";
        hall.capacity = 300;
        hall.main = true;
        hall.position = 1;
        e.venues.add(hall);
        e.persist();

        long tenant = orgs.get("UBND-CT").id;
        Map<String, InviteeCategory> cat = new HashMap<>();
        InviteeCategory.<InviteeCategory>list("tenantId = ?1 and planId is null", tenant).forEach(c -> cat.put(c.code, c));
        OffsetDateTime deadline = calendar.at(OffsetDateTime.of(2026, 5, 28, 23, 59, 59, 0, vn));
        Quota enterprises = quota(e, "CA-TP", cat.get("ENTERPRISE"), 5, deadline);
        quota(e, "CA-TP", cat.get("INFLUENCER"), 30, deadline);
        quota(e, "CA-TP", cat.get("POLICE_UNIT_LEADER"), null, deadline);
        Quota schools = quota(e, "SO-GDDT", cat.get("SCHOOL_REPRESENTATIVE"), 20, deadline);
        Quota students = quota(e, "SO-GDDT", cat.get("STUDENT"), 50, deadline);
        quota(e, "SO-NOIVU", cat.get("ASSOCIATION"), 10, deadline);
        quota(e, "SO-VHTTDL", cat.get("PRESS"), 20, deadline);

        List<Organization> upperSchools = orgs.values().stream().filter(o -> o.type == OrganizationType.SCHOOL_UPPER_SECONDARY)
                .sorted(java.util.Comparator.comparing(o -> o.code)).toList();
        for (int i = 0; i < 12; i++) {
            Organization school = upperSchools.get(i);
            attendee(schools, hall, person(i, false), "Phó Hiệu trưởng", school.name, "0907" + String.format("%06d", 100100 + i * 37), null);
        }
        for (int i = 0; i < 31; i++) {
            Organization school = upperSchools.get(i % upperSchools.size());
            Attendee a = attendee(students, hall, person(i + 40, true), "Học sinh", school.name, null, school.name);
            a.grade = (10 + i % 3) + "A" + (1 + i % 4);
            a.guardianName = person(i + 80, false);
            a.guardianPhone = "0918" + String.format("%06d", 200200 + i * 53);
            a.difficultCircumstances = i % 7 == 0;
        }
        String[] companies = {"VNPT Cần Thơ", "Viettel Cần Thơ", "Tổng công ty Điện lực miền Nam – Công ty Điện lực Cần Thơ", "Ngân hàng TMCP Công Thương – Chi nhánh Cần Thơ"};
        for (int i = 0; i < companies.length; i++) {
            Attendee a = attendee(enterprises, hall, person(i + 120, false), "Giám đốc", companies[i], "0939" + String.format("%06d", 300300 + i * 71), null);
            if (i == 0) a.status = AttendeeStatus.CONFIRMED;
        }
    }

    private Quota quota(Event e, String owner, InviteeCategory category, Integer count, OffsetDateTime deadline) {
        Quota q = new Quota();
        q.event = e;
        q.owner = orgs.get(owner);
        q.category = category;
        q.count = count;
        q.deadline = deadline;
        q.receiver = orgs.get("CA-TP");
        q.persist();
        return q;
    }

    private Attendee attendee(Quota q, Venue venue, String name, String position, String unit, String phone, String school) {
        Attendee a = new Attendee();
        a.quota = q;
        a.event = q.event;
        a.venue = venue;
        a.fullName = name;
        a.position = position;
        a.unit = unit;
        a.phone = phone;
        a.school = school;
        a.submittedBy = users.get(q.owner.code.equals("SO-GDDT") ? "sogddt" : "congan");
        a.persist();
        return a;
    }

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hoàng", "Quốc", "Gia", "Bảo", "Thùy"};
    private static final String[] GIVEN = {"An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Khánh", "Linh", "Mai", "Nam", "Phúc", "Quân", "Tâm", "Thảo", "Uyên", "Vy"};

    /** A plausible, made-up name (the demo holds no real person's data). */
    private static String person(int i, boolean young) {
        return FAMILY[i % FAMILY.length] + " " + MIDDLE[(i / 3 + (young ? 1 : 0)) % MIDDLE.length] + " " + GIVEN[(i * 7) % GIVEN.length];
    }
}
