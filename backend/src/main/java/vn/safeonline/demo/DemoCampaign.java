package vn.safeonline.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import vn.safeonline.campaign.ActivityReport;
import vn.safeonline.campaign.ActivityType;
import vn.safeonline.campaign.Audience;
import vn.safeonline.campaign.Campaign;
import vn.safeonline.campaign.CampaignModerator;
import vn.safeonline.campaign.CampaignDtos.Material;
import vn.safeonline.campaign.CampaignTarget;
import vn.safeonline.campaign.IndicatorKind;
import vn.safeonline.org.Organization;
import vn.safeonline.org.OrganizationType;
import vn.safeonline.contest.ConsentMethod;
import vn.safeonline.contest.Contest;
import vn.safeonline.contest.ContestCategory;
import vn.safeonline.contest.ContestCriterion;
import vn.safeonline.contest.ContestDtos.CriterionInput;
import vn.safeonline.contest.ContestDtos.ScoreInput;
import vn.safeonline.contest.ContestEntry;
import vn.safeonline.contest.ContestRepository;
import vn.safeonline.contest.ContestService;
import vn.safeonline.contest.EntryService;
import vn.safeonline.pledge.PledgeScreen;
import vn.safeonline.pledge.PledgeStatus;
import vn.safeonline.quiz.Quiz;
import vn.safeonline.quiz.QuizQuestion;
import vn.safeonline.plan.Plan;
import vn.safeonline.task.Task;
import vn.safeonline.user.AppUser;

/**
 * Plan B's campaign in its fourth week (its dates moved by a {@link DemoCalendar}): schools and ward police in scope, reports,
 * adoptions, pledges, a quiz and two contests. The story's activity reports and framed avatars that would come after the load
 * day are left out, so the figures stand where they would on that day; the pledges are kept, signed by now at the latest.
 */
@ApplicationScoped
public class DemoCampaign {
    private static final List<OrganizationType> EDUCATION = OrganizationType.EDUCATION;

    @Inject
    EntityManager em;
    @Inject
    ContestService contests;
    @Inject
    EntryService entries;
    @Inject
    ContestRepository contestRepository;

    /** The campaign's first day in the story; every date below is the story's, moved by {@code b}. */
    private static final LocalDate START = LocalDate.of(2025, 10, 6);

    private DemoCalendar b;

    void load(Plan plan, AppUser reporter, DemoCalendar calendar) {
        b = calendar;
        Random random = new Random(2025);
        Campaign c = new Campaign();
        c.plan = plan;
        c.tenantId = plan.tenantId;
        c.name = "Không một mình – Cùng nhau an toàn trực tuyến";
        c.slogans(List.of("Không một mình", "Cùng nhau an toàn trực tuyến"));
        c.hashtags(List.of("#khongmotminh", "#antoantructuyen", "#niemtinso"));
        c.startsOn = b.day(START);
        c.endsOn = b.day(LocalDate.of(2025, 11, 30));
        c.organisers = "Bộ Công an phối hợp Văn phòng Liên hợp quốc về Ma túy và Tội phạm (UNODC); Liên minh Niềm tin số";
        c.directAudience = "Học sinh, sinh viên, thanh thiếu niên từ 12 đến 24 tuổi";
        c.indirectAudience = "Phụ huynh, cán bộ quản lý, giáo viên; cộng đồng; báo chí, KOLs; cơ quan, tổ chức xã hội và quốc tế";
        c.keyMessages(List.of("Bạn không một mình: hãy nói với người lớn tin cậy khi bị dụ dỗ, đe dọa trên mạng.",
                "Không gửi ảnh, thông tin cá nhân cho người lạ; không đi gặp người quen qua mạng một mình.",
                "“Bắt cóc online” là lừa đảo: công an không làm việc qua video call."));
        c.trailerUrl = "https://www.youtube.com/@boconganvietnam";
        c.materials(List.of(new Material("Bộ nhận diện chiến dịch", "https://bocongan.gov.vn/"),
                new Material("Infographic nhận diện thủ đoạn lừa đảo", "https://congan.cantho.gov.vn/")));
        c.pledgeTemplates(List.of("Tôi cam kết không chia sẻ thông tin cá nhân với người lạ trên mạng.",
                "Tôi sẽ báo ngay cho thầy cô, cha mẹ khi bị dụ dỗ, đe dọa trên không gian mạng.",
                "Tôi không một mình: tôi sẽ giúp bạn bè an toàn trực tuyến.",
                "Tôi nói không với “việc nhẹ lương cao” và “bắt cóc online”."));
        c.framePng = frame();
        c.frameUploadedAt = b.clamped(OffsetDateTime.of(2025, 10, 6, 8, 0, 0, 0, ZoneOffset.ofHours(7)));
        c.persist();
        em.flush();

        // units: every school and every ward police unit, with headcounts
        em.createNativeQuery("insert into campaign_unit (campaign_id, organization_id, officers, pupils, students, teachers, parents)"
                        + " select ?1, o.id,"
                        + "  case when o.type = 'WARD_POLICE' then 20 + (o.id * 7) % 41 else 0 end,"
                        + "  case when o.type like 'SCHOOL%' then 500 + (o.id * 37) % 1100 else 0 end,"
                        + "  case when o.type in ('COLLEGE', 'UNIVERSITY') then 2000 + (o.id * 53) % 9000 else 0 end,"
                        + "  case when o.type like 'SCHOOL%' then 35 + (o.id * 13) % 60 when o.type in ('COLLEGE', 'UNIVERSITY') then 150 + (o.id * 13) % 400 else 0 end"
                        + ",  case when o.type like 'SCHOOL%' then (500 + (o.id * 37) % 1100) / 3 else 0 end"
                        + " from organization o where coalesce(o.tenant_id, o.id) = ?2 and (o.type like 'SCHOOL%' or o.type in ('COLLEGE', 'UNIVERSITY', 'WARD_POLICE'))")
                .setParameter(1, c.id).setParameter(2, plan.tenantId).executeUpdate();
        List<Organization> schools = Organization.list("type in ?1 order by id",
                List.of(OrganizationType.SCHOOL_PRIMARY, OrganizationType.SCHOOL_LOWER_SECONDARY, OrganizationType.SCHOOL_UPPER_SECONDARY));
        List<Organization> wardPolice = Organization.list("type = ?1 order by id", OrganizationType.WARD_POLICE);

        Task officers = Task.find("plan = ?1 and position = 2", plan).firstResult();
        Task schoolsPost = Task.find("plan = ?1 and position = 4", plan).firstResult();
        Task schoolsPrint = Task.find("plan = ?1 and position = 5", plan).firstResult();
        target(c, schoolsPost, "100% trường học đăng bài hưởng ứng kèm hashtag", IndicatorKind.UNITS_WITH_ACTIVITY, ActivityType.ANNOUNCEMENT_POST,
                null, EDUCATION, null, null, 1);
        target(c, officers, "100% cán bộ, chiến sĩ Công an xã, phường thay khung ảnh đại diện", IndicatorKind.FRAME_ADOPTION, null,
                Audience.OFFICERS, List.of(OrganizationType.WARD_POLICE), null, null, 1);
        LocalDate workshopsFrom = LocalDate.of(2025, 10, 7);
        LocalDate workshopsTo = LocalDate.of(2025, 10, 12);
        target(c, null, "Hội thảo tại trường thí điểm từ " + b.range(workshopsFrom, workshopsTo), IndicatorKind.UNITS_WITH_ACTIVITY, ActivityType.WORKSHOP,
                null, List.of(OrganizationType.SCHOOL_UPPER_SECONDARY), b.day(workshopsFrom), b.day(workshopsTo), 1);
        target(c, schoolsPrint, "100% trường học treo áp phích, băng rôn", IndicatorKind.UNITS_WITH_ACTIVITY, ActivityType.POSTER_BANNER,
                null, EDUCATION, null, null, 1);
        target(c, schoolsPost, "Học sinh tham gia Ngày hội an toàn trực tuyến", IndicatorKind.PARTICIPATION, ActivityType.CYBER_DAY,
                Audience.PUPILS, EDUCATION, null, null, 1);

        for (int i = 0; i < schools.size(); i++) {
            Organization s = schools.get(i);
            if (i % 10 < 8) report(c, s, reporter, ActivityType.ANNOUNCEMENT_POST, START.plusDays(random.nextInt(30)), 0, 0, 0, 100 + random.nextInt(900));
            if (i % 10 < 6) report(c, s, reporter, ActivityType.POSTER_BANNER, START.plusDays(5 + random.nextInt(30)), 0, 0, 0, 0);
            if (i % 4 == 0) report(c, s, reporter, ActivityType.CYBER_DAY, START.plusDays(20 + random.nextInt(25)), 0, 200 + random.nextInt(600), 10 + random.nextInt(30), 0);
        }
        for (int i = 0; i < 6 && i < schools.size(); i++) {
            Organization s = schools.get(schools.size() - 1 - i);
            report(c, s, reporter, ActivityType.WORKSHOP, workshopsFrom.plusDays(i), 0, 150 + 20 * i, 12, 0);
        }
        for (int i = 0; i < wardPolice.size(); i++) {
            Organization w = wardPolice.get(i);
            if (i % 5 < 4) report(c, w, reporter, ActivityType.FRAME_SWITCH, START.plusDays(3 + random.nextInt(20)), 15 + random.nextInt(30), 0, 0, 0);
        }
        // avatars framed on the public page, counted per school: over 50 days from the campaign's second day, up to the load day
        for (int i = 0; i < 400; i++) {
            Organization s = schools.get(random.nextInt(schools.size()));
            var at = b.past(OffsetDateTime.of(2025, 10, 7, 9, 0, 0, 0, ZoneOffset.ofHours(7)).plusHours(random.nextInt(24 * 50)));
            if (at.isEmpty()) continue;
            em.createNativeQuery("insert into frame_adoption (campaign_id, device_hash, organization_id, created_at, audience) values (?1, ?2, ?3, ?4, 'PUPILS')")
                    .setParameter(1, c.id).setParameter(2, String.format("demo-%059d", i)).setParameter(3, s.id)
                    .setParameter(4, at.get()).executeUpdate();
        }
        pledges(c, schools);
        wallModerators(c);
        quiz(c);
        contests(c, reporter, random);
    }

    /**
     * A drawing contest judged and published, and a writing contest still open with entries waiting for judges and for consent.
     * The drawing contest of the demo closes on the campaign's 21st day (26/10/2025 in the story, not 15/11) and is published three
     * days later, the day before the load day; the writing contest runs to the campaign's last day.
     */
    private void contests(Campaign c, AppUser coordinator, Random random) {
        AppUser judge = AppUser.find("username", "giamkhao").firstResult();
        AppUser culture = AppUser.find("username", "sovhttdl").firstResult();
        AppUser school = AppUser.find("username", "thptcvl").firstResult();
        List<Organization> upper = Organization.list("type = ?1 order by id", OrganizationType.SCHOOL_UPPER_SECONDARY);
        String[] pupils = {"Nguyễn Ngọc Anh", "Trần Gia Bảo", "Lê Minh Châu", "Phạm Quốc Duy", "Huỳnh Thảo Giang", "Võ Đăng Khoa", "Đặng Khánh Linh",
            "Bùi Tuấn Minh", "Đỗ Hoài Nam", "Hồ Bảo Ngọc", "Ngô Thanh Phong", "Dương Mỹ Quyên"};
        ZoneOffset vn = ZoneOffset.ofHours(7);

        Contest drawing = contest(c, "Cuộc thi vẽ tranh “Không một mình”", "Vẽ tranh, thiết kế áp phích về an toàn trên không gian mạng cho học sinh THPT.",
                List.of(ContestCategory.DRAWING, ContestCategory.POSTER), b.at(OffsetDateTime.of(2025, 10, 6, 7, 0, 0, 0, vn)),
                b.at(OffsetDateTime.of(2025, 10, 26, 17, 0, 0, 0, vn)));
        List<ContestCriterion> criteria = criteria(drawing);
        judges(drawing, judge, culture, school);
        for (int i = 0; i < pupils.length; i++) {
            Organization s = upper.get(i % upper.size());
            ContestEntry e = entry(drawing, i % 3 == 2 ? ContestCategory.POSTER : ContestCategory.DRAWING, s, pupils[i], 10 + i % 3,
                    (i % 3 == 2 ? "Áp phích " : "Tranh ") + "“Không một mình trên mạng” số " + (i + 1), coordinator, drawing.opensAt.plusDays(3 + i));
            // two judges from outside the entry's school; the school's own officer never judges it
            List<AppUser> all = List.of(judge, culture, school);
            int rotate = i;
            List<AppUser> panel = java.util.stream.IntStream.range(0, 3).mapToObj(n -> all.get((n + rotate) % 3))
                    .filter(j -> !s.contains(j.organization)).limit(2).toList();
            for (AppUser j : panel) {
                assign(e, j);
                List<ScoreInput> scores = new java.util.ArrayList<>();
                for (ContestCriterion k : criteria) {
                    // entries 4 and 7 tie on the total; the content criterion separates them
                    int base = i == 4 ? (k.position == 0 ? 10 : 5) : i == 7 ? 7 : 5 + random.nextInt(5);
                    scores.add(new ScoreInput(k.id, java.math.BigDecimal.valueOf(base)));
                }
                contestRepository.replaceScores(e.id, j.id, scores);
            }
        }
        drawing.publishedAt = b.clamped(OffsetDateTime.of(2025, 10, 29, 9, 0, 0, 0, vn));
        drawing.publishedBy = coordinator.id;

        Contest essay = contest(c, "Cuộc thi viết “An toàn trên mạng – Em nói gì?”", "Bài viết hoặc video ngắn (tối đa 3 phút) chia sẻ cách em giữ an toàn trên mạng.",
                List.of(ContestCategory.ESSAY, ContestCategory.VIDEO), b.at(OffsetDateTime.of(2025, 10, 20, 7, 0, 0, 0, vn)),
                b.at(OffsetDateTime.of(2025, 11, 30, 17, 0, 0, 0, vn)));
        criteria(essay);
        judges(essay, judge, culture);
        for (int i = 0; i < 3; i++) {
            ContestEntry e = entry(essay, i == 2 ? ContestCategory.VIDEO : ContestCategory.ESSAY, upper.get(i + 1), pupils[pupils.length - 1 - i], 11,
                    "Em nói “không” với người lạ trên mạng – bài " + (i + 1), coordinator, essay.opensAt.plusDays(2 + i));
            assign(e, judge);
            assign(e, culture);
        }
        // sent by a pupil through the public form (the pupil's name, school and grade only): waiting for the school to ask the guardian
        entry(essay, ContestCategory.ESSAY, upper.get(0), "Lý Gia Hân", 10, "Chuyện của mình và chiếc điện thoại", null, essay.opensAt.plusDays(5));
        em.flush();
    }

    private int demoEntries;

    private Contest contest(Campaign c, String title, String description, List<ContestCategory> categories, OffsetDateTime opens, OffsetDateTime closes) {
        Contest k = new Contest();
        k.campaignId = c.id;
        k.title = title;
        k.description = description;
        k.categories(categories);
        k.opensAt = opens;
        k.closesAt = closes;
        k.judgesPerEntry = 2;
        k.persist();
        return k;
    }

    private List<ContestCriterion> criteria(Contest c) {
        contests.replaceCriteria(c, List.of(new CriterionInput("Nội dung, thông điệp", 40, 10),
                new CriterionInput("Sáng tạo", 30, 10), new CriterionInput("Trình bày, thẩm mỹ", 30, 10)));
        return ContestCriterion.list("contestId = ?1 order by position", c.id);
    }

    private void judges(Contest c, AppUser... judges) {
        contestRepository.setJudges(c.id, java.util.Arrays.stream(judges).map(j -> j.id).toList());
    }

    /** An entry; with {@code by} a school's submission with the consent on paper, without it a public one awaiting consent. */
    private ContestEntry entry(Contest c, ContestCategory category, Organization school, String pupil, int grade, String title, AppUser by, OffsetDateTime at) {
        ContestEntry e = entries.newEntry(c, category, school, grade, title, "https://drive.example.vn/cuoc-thi/" + c.id + "/" + Math.abs(pupil.hashCode()),
                null, pupil, by == null ? "PUBLIC" : "SCHOOL");
        e.reference = "CT-DEMO" + (++demoEntries); // stable codes for the demo script
        if (by != null) {
            e.submittedBy = by.id;
            e.guardianName = "Phụ huynh em " + pupil.substring(pupil.lastIndexOf(' ') + 1);
            e.consentMethod = ConsentMethod.PAPER_FORM;
            e.consentRecordedAt = at;
            e.consentRecordedBy = by.id;
        }
        e.persist();
        e.createdAt = at;
        em.flush();
        return e;
    }

    private void assign(ContestEntry e, AppUser judge) {
        contestRepository.assign(List.of(new ContestRepository.Assignment(e.id, judge.id)));
    }

    private void target(Campaign c, Task task, String name, IndicatorKind kind, ActivityType type, Audience audience, List<OrganizationType> unitTypes,
                        LocalDate from, LocalDate to, int minReports) {
        CampaignTarget t = new CampaignTarget();
        t.campaignId = c.id;
        t.taskId = task == null ? null : task.id;
        t.name = name;
        t.kind = kind;
        t.activityType = type;
        t.audience = audience;
        t.unitTypes(unitTypes);
        t.from = from;
        t.to = to;
        t.minReports = minReports;
        t.persist();
    }

    /** An activity report on a day of the story, unless that day comes after the load day. */
    private void report(Campaign c, Organization unit, AppUser reporter, ActivityType type, LocalDate storyDay, int officers, int pupils, int teachers, long views) {
        var day = b.past(storyDay);
        if (day.isEmpty()) return;
        LocalDate date = day.get();
        ActivityReport r = new ActivityReport();
        r.campaignId = c.id;
        r.organization = unit;
        r.type = type;
        r.date = date.isAfter(c.endsOn) ? c.endsOn : date;
        r.place = unit.name;
        r.officers = officers;
        r.pupils = pupils;
        r.teachers = teachers;
        r.views = views;
        r.shares = views / 10;
        r.links(type == ActivityType.ANNOUNCEMENT_POST ? List.of("https://www.facebook.com/hashtag/khongmotminh") : List.of());
        r.reportedBy = reporter.id;
        r.persist();
    }

    /** A demo pledge: who, from the n-th school, what, and how moderation left it (a held one is held for what the wall's screen says). */
    private record DemoPledge(String displayName, int school, String text, PledgeStatus status) {
    }

    private void pledges(Campaign c, List<Organization> schools) {
        List<DemoPledge> pledges = List.of(
                new DemoPledge("Minh An", 0, "Tôi cam kết không chia sẻ thông tin cá nhân với người lạ trên mạng.", PledgeStatus.APPROVED),
                new DemoPledge("Thảo Vy", 1, "Tôi sẽ báo ngay cho thầy cô, cha mẹ khi bị dụ dỗ, đe dọa trên không gian mạng.", PledgeStatus.APPROVED),
                new DemoPledge("Gia Huy", 2, "Tôi không một mình: tôi sẽ giúp bạn bè an toàn trực tuyến.", PledgeStatus.APPROVED),
                new DemoPledge("Khánh Linh", 3, "Em hứa sẽ dạy ông bà cách nhận biết cuộc gọi lừa đảo.", PledgeStatus.APPROVED),
                new DemoPledge("Quốc Bảo", 4, "Tôi nói không với “việc nhẹ lương cao” và “bắt cóc online”.", PledgeStatus.APPROVED),
                new DemoPledge("Ngọc Hân", 5, "Mình sẽ không bao giờ gửi ảnh riêng tư cho người quen qua mạng.", PledgeStatus.APPROVED),
                new DemoPledge("Tuấn Kiệt", 6, "Em cam kết dùng mạng xã hội văn minh, an toàn.", PledgeStatus.PENDING),
                new DemoPledge("Bảo Ngọc", 7, "Mình sẽ nhắc các bạn trong lớp bật xác thực hai lớp.", PledgeStatus.PENDING),
                new DemoPledge("Nhật Nam", 8, "Ai cần tư vấn thì gọi mình 0912 345 678 nha", PledgeStatus.HELD),
                new DemoPledge("Văn An", 9, "Em là Nguyễn Văn An lớp 7A2, nhà ở hẻm 51 đường 3/2, ai muốn chơi thì tới nha", PledgeStatus.HELD));
        for (int i = 0; i < pledges.size(); i++) {
            DemoPledge r = pledges.get(i);
            boolean approved = r.status() == PledgeStatus.APPROVED;
            PledgeScreen.Hold hold = r.status() == PledgeStatus.HELD ? PledgeScreen.screen(r.displayName(), r.text()).orElseThrow() : null;
            em.createNativeQuery("insert into pledge (id, campaign_id, organization_id, display_name, text, status, held_reason, created_at, moderated_at, held_code)"
                            + " values (nextval('pledge_seq'), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                    .setParameter(1, c.id).setParameter(2, schools.get(r.school() % schools.size()).id).setParameter(3, r.displayName()).setParameter(4, r.text())
                    .setParameter(5, r.status().name()).setParameter(6, hold == null ? null : hold.vi()).setParameter(9, hold == null ? null : hold.code())
                    .setParameter(7, b.clamped(OffsetDateTime.of(2025, 11, 1 + i, 9, 0, 0, 0, ZoneOffset.ofHours(7))))
                    .setParameter(8, approved ? b.clamped(OffsetDateTime.of(2025, 11, 1 + i, 15, 0, 0, 0, ZoneOffset.ofHours(7))) : null)
                    .executeUpdate();
        }
    }

    /** The plan gives the wall to the Youth Union and the Women's Union (tasks 4 and 5: "ký cam kết trên Bức tường An toàn số"). */
    private void wallModerators(Campaign c) {
        for (String code : List.of("THANHDOAN-CT", "HLHPN-TP")) {
            Organization.findByCode(c.tenantId, code).ifPresent(o -> {
                CampaignModerator m = new CampaignModerator();
                m.campaignId = c.id;
                m.organizationId = o.id;
                m.persist();
            });
        }
    }

    /** A demo question: the text, the options, the index of the right one and the explanation shown after answering. */
    private record DemoQuestion(String text, List<String> options, int correctIndex, String explanation) {
    }

    private void quiz(Campaign c) {
        List<DemoQuestion> questions = List.of(
                new DemoQuestion("Một người lạ trên mạng hứa tặng quà và xin ảnh riêng tư của em. Em nên làm gì?",
                        List.of("Gửi ảnh để nhận quà", "Chặn, không gửi và kể với người lớn tin cậy", "Hẹn gặp để hỏi rõ"), 1,
                        "Đây là thủ đoạn dụ dỗ (grooming). Không gửi ảnh, chặn tài khoản và báo ngay cho cha mẹ, thầy cô."),
                new DemoQuestion("“Bắt cóc online” là gì?", List.of("Bị bắt cóc thật qua mạng", "Thủ đoạn dọa nạn nhân tự cô lập rồi đòi tiền gia đình", "Một trò chơi trực tuyến"), 1,
                        "Kẻ gian giả danh công an, dọa nạn nhân tự cô lập ở nhà nghỉ rồi gọi cho gia đình đòi tiền chuộc."),
                new DemoQuestion("Công an có làm việc, lấy lời khai qua video call không?", List.of("Có", "Không"), 1,
                        "Công an không làm việc, lấy lời khai hay yêu cầu chuyển tiền qua điện thoại, video call."),
                new DemoQuestion("Lời mời “việc nhẹ lương cao” ở nước ngoài qua mạng thường là:", List.of("Cơ hội tốt", "Nguy cơ lừa đảo, mua bán người", "Học bổng"), 1,
                        "Nhiều đường dây mua bán người dụ dỗ thanh niên bằng việc nhẹ lương cao ở nước ngoài."),
                new DemoQuestion("Khi bị đe dọa trên mạng, em có thể gọi số nào để được hỗ trợ?", List.of("111 – Tổng đài quốc gia bảo vệ trẻ em", "115", "1080"), 0,
                        "Tổng đài 111 miễn phí, hoạt động 24/7 để bảo vệ trẻ em."));
        List<Long> ids = new java.util.ArrayList<>();
        for (DemoQuestion q : questions) {
            QuizQuestion qq = new QuizQuestion();
            qq.campaignId = c.id;
            qq.text = q.text();
            qq.options(q.options());
            qq.correctIndex = q.correctIndex();
            qq.explanation = q.explanation();
            qq.persist();
            em.flush();
            ids.add(qq.id);
        }
        Quiz quiz = new Quiz();
        quiz.campaignId = c.id;
        quiz.title = "Em có an toàn trên mạng?";
        quiz.questionIds(ids);
        quiz.persist();
    }

    /** Liberation Serif from the classpath: a headless server may have no system fonts. */
    private static Font font() {
        try (var in = Thread.currentThread().getContextClassLoader().getResourceAsStream("liberation/LiberationSerif-Bold.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | java.awt.FontFormatException e) {
            throw new IllegalStateException("the bundled font is missing", e);
        }
    }

    /** The campaign frame: a ring in the campaign's colours with its hashtag, transparent inside. */
    static byte[] frame() {
        int size = 512;
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0, 82, 155));
        g.setStroke(new BasicStroke(44));
        g.draw(new Ellipse2D.Double(22, 22, size - 44, size - 44));
        g.setColor(new Color(255, 193, 7));
        g.setStroke(new BasicStroke(8));
        g.draw(new Ellipse2D.Double(48, 48, size - 96, size - 96));
        g.setColor(new Color(0, 82, 155, 230));
        g.fill(new Rectangle2D.Double(56, size - 120, size - 112, 64));
        g.setColor(Color.WHITE);
        g.setFont(font().deriveFont(Font.BOLD, 34f));
        String text = "#khongmotminh";
        int w = g.getFontMetrics().stringWidth(text);
        g.drawString(text, (size - w) / 2, size - 76);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
