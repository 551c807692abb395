package vn.safeonline.contest;

import vn.safeonline.common.BusinessClock;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.common.Role;
import vn.safeonline.campaign.CampaignUnit;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.Idempotency;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.ProblemType;
import vn.safeonline.common.Text;
import vn.safeonline.contest.ContestDtos.EntryView;
import vn.safeonline.contest.ContestDtos.SchoolEntryInput;
import vn.safeonline.org.OrgRef;

@Path("/api/contests/{contestId}/entries")
@Tag(name = "Contests")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ContestEntriesResource {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    @Inject
    ContestAccess access;
    @Inject
    CurrentUser me;
    @Inject
    Idempotency idempotency;
    @Inject
    AuditLog audit;

    static String newReference() {
        StringBuilder b = new StringBuilder("CT-");
        for (int i = 0; i < 8; i++) b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        return b.toString();
    }

    static String status(ContestEntry e) {
        return e.withdrawnAt != null ? "WITHDRAWN" : e.consentRecordedAt != null ? "ELIGIBLE" : "AWAITING_CONSENT";
    }

    static EntryView view(ContestEntry e) {
        return new EntryView(e.id, e.reference, e.category, OrgRef.of(e.school), e.grade, e.title, e.workUrl, e.workText, e.pupilName,
                e.guardianName, e.guardianPhone, e.source, e.consentMethod, e.consentRecordedAt, e.withdrawnAt, status(e), e.createdAt, e.version);
    }

    /** The window, checked by the server's clock: 409 window-closed outside it. */
    static void requireOpen(Contest c) {
        OffsetDateTime now = BusinessClock.current().now();
        if (!c.isOpen(now)) {
            throw new ApiException(ProblemType.WINDOW_CLOSED, now.isBefore(c.opensAt)
                    ? "Cuộc thi chưa mở nhận bài (mở lúc " + c.opensAt + ")" : "Đã hết hạn nộp bài dự thi (" + c.closesAt + ")");
        }
    }

    @GET
    @Operation(operationId = "listContestEntries", summary = "Entries with the pupils' and guardians' names: all for the managers, a school's own for the school",
            description = "Every read is written to the audit log as READ_PERSONAL_DATA. Judges use /judging, which shows no names.")
    public PageResponse<EntryView> list(@PathParam("contestId") long contestId, @QueryParam("category") ContestCategory category,
                                        @QueryParam("status") @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"AWAITING_CONSENT", "ELIGIBLE", "WITHDRAWN"})) String status,
                                        @Valid @BeanParam PageParams page) {
        ContestAccess.Found f = access.find(contestId);
        Map<String, Object> params = new HashMap<>();
        params.put("c", f.contest().id);
        String where = "e.contestId = :c";
        if (!access.manages(f)) {
            if (!me.has(Role.OFFICER) && !me.has(Role.COORDINATOR)) throw ApiException.forbidden("Chỉ nhà trường và ban tổ chức xem danh sách bài dự thi");
            params.put("me", me.org().id);
            if (access.isJudge(f.contest())) {
                where += " and s.id = :me"; // a judge sees names only of their own school's entries, which they never judge
            } else {
                where += " and (s.id = :me or s.path like :mePfx)";
                params.put("mePfx", me.org().subtreePrefix() + "%");
            }
        }
        if (category != null) {
            where += " and e.category = :cat";
            params.put("cat", category);
        }
        if (status != null) {
            where += switch (status) {
                case "WITHDRAWN" -> " and e.withdrawnAt is not null";
                case "ELIGIBLE" -> " and e.withdrawnAt is null and e.consentRecordedAt is not null";
                case "AWAITING_CONSENT" -> " and e.withdrawnAt is null and e.consentRecordedAt is null";
                default -> throw ApiException.field("status", "Unknown", "Trạng thái không hợp lệ");
            };
        }
        String order = page.orderBy(Map.of("createdAt", "e.createdAt", "title", "e.title"), "-createdAt", "e.id desc");
        long total = ContestEntry.count("select count(e) from ContestEntry e join e.school s where " + where, params);
        List<ContestEntry> items = ContestEntry.<ContestEntry>find("select e from ContestEntry e join fetch e.school s where " + where + " order by " + order, params)
                .page(page.page - 1, page.size).list();
        if (!items.isEmpty()) audit.recordRead("contest_entry", f.contest().id, Map.of("entries", items.stream().map(e -> e.id).toList()));
        return new PageResponse<>(items.stream().map(ContestEntriesResource::view).toList(), page.page, page.size, total);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_, Role.ADMIN_})
    @Transactional
    @Operation(operationId = "submitContestEntry", summary = "A school submits an entry for one of its pupils, with the guardian's consent it holds",
            description = "Only within the submission window (409 window-closed). With Idempotency-Key, a replay returns the first response.")
    @APIResponse(responseCode = "201", description = "Submitted", content = @Content(schema = @Schema(implementation = EntryView.class)))
    public Response submit(@PathParam("contestId") long contestId,
                           @HeaderParam(Idempotency.HEADER) @Parameter(description = "unique per entry you mean once") String key,
                           @Valid @NotNull SchoolEntryInput in) {
        ContestAccess.Found f = access.find(contestId);
        Contest c = f.contest();
        var replay = idempotency.claim(key, Map.of("contest", contestId, "entry", in));
        if (replay.isPresent()) return replay.get();
        requireAcceptable(c, in.category(), in.workUrl(), in.workText());
        long schoolId = in.schoolId() != null ? in.schoolId() : me.org().id;
        CampaignUnit unit = CampaignUnit.<CampaignUnit>find("from CampaignUnit cu join fetch cu.organization where cu.campaignId = ?1 and cu.organizationId = ?2",
                c.campaignId, schoolId).firstResult();
        if (unit == null) throw ApiException.unprocessable("schoolId", "NotAUnit", "Trường này không thuộc phạm vi chiến dịch");
        if (!access.actsFor(f, unit.organization)) throw ApiException.forbidden("Chỉ gửi bài cho học sinh của trường mình");
        ContestEntry e = newEntry(c, in.category(), unit.organization, in.grade(), in.title(), in.workUrl(), in.workText(), in.pupilName(), "SCHOOL");
        e.submittedBy = me.user().id;
        recordConsent(e, in.consent(), me.user().id);
        e.persist();
        ContestEntry.flush();
        audit.record("CREATE", "contest_entry", e.id, null, Map.of("contest", c.id, "school", unit.organization.id, "category", e.category));
        return idempotency.complete(key, Response.created(URI.create("/api/contest-entries/" + e.id)).entity(view(e)).build());
    }

    /** An entry may be taken: results not published, within the window, a category of the contest, and the work given. */
    static void requireAcceptable(Contest c, ContestCategory category, String workUrl, String workText) {
        ContestAccess.requireNotPublished(c);
        requireOpen(c);
        if (!c.categories().contains(category)) throw ApiException.unprocessable("category", "NotInContest", "Cuộc thi không có thể loại này");
        if (workUrl == null && (workText == null || workText.isBlank())) {
            throw ApiException.unprocessable("workUrl", "Required", "Cần đường dẫn tới bài dự thi hoặc nội dung bài viết");
        }
    }

    static ContestEntry newEntry(Contest c, ContestCategory category, vn.safeonline.org.Organization school, Integer grade, String title,
                                 String workUrl, String workText, String pupilName, String source) {
        ContestEntry e = new ContestEntry();
        e.contestId = c.id;
        e.reference = newReference();
        e.category = category;
        e.school = school;
        e.grade = grade;
        e.title = Text.clean(title);
        e.workUrl = Text.clean(workUrl);
        e.workText = Text.clean(workText);
        e.pupilName = Text.clean(pupilName);
        e.source = source;
        return e;
    }

    static void recordConsent(ContestEntry e, ContestDtos.ConsentInput consent, long by) {
        e.guardianName = Text.clean(consent.guardianName());
        if (consent.guardianPhone() != null) e.guardianPhone = Text.clean(consent.guardianPhone());
        e.consentMethod = consent.method();
        e.consentRecordedAt = BusinessClock.current().now();
        e.consentRecordedBy = by;
    }
}
