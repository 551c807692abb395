package vn.safeonline.contest;

import vn.safeonline.common.BusinessClock;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.campaign.Campaign;
import vn.safeonline.campaign.CampaignUnit;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.Text;
import vn.safeonline.contest.ContestDtos.PublicContest;
import vn.safeonline.contest.ContestDtos.PublicEntryInput;
import vn.safeonline.contest.ContestDtos.PublicReceipt;
import vn.safeonline.contest.ContestDtos.PublicResult;
import vn.safeonline.org.OrganizationType;

@Path("/api/public/contests/{contestId}")
@Tag(name = "Public participation")
@Produces(MediaType.APPLICATION_JSON)
public class PublicContestResource {
    private static final Set<OrganizationType> SCHOOLS = Set.of(OrganizationType.SCHOOL_PRIMARY, OrganizationType.SCHOOL_LOWER_SECONDARY,
            OrganizationType.SCHOOL_UPPER_SECONDARY, OrganizationType.COLLEGE, OrganizationType.UNIVERSITY);

    @Inject
    ContestResults results;

    @Schema(name = "PublicContestResults")
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Results(@Schema(required = true) boolean published, OffsetDateTime publishedAt, @Schema(required = true) List<PublicResult> items) {
    }

    private static Contest contest(long id) {
        Contest c = Contest.findById(id);
        if (c == null) throw ApiException.notFound("Cuộc thi", id);
        return c;
    }

    @GET
    @Operation(operationId = "getPublicContest", summary = "A contest's public page: categories and submission window")
    public PublicContest get(@PathParam("contestId") long contestId) {
        Contest c = contest(contestId);
        Campaign campaign = Campaign.findById(c.campaignId);
        return new PublicContest(c.id, c.title, c.description, campaign.name, c.categories(), c.opensAt, c.closesAt, c.isOpen(BusinessClock.current().now()), c.published());
    }

    @POST
    @Path("entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "submitPublicContestEntry", summary = "A pupil submits an entry with the school's code",
            description = "The entry waits until the school confirms the guardian's consent; only then it goes to judges. "
                    + "Sending the same submissionId again returns the first receipt (200).")
    @APIResponse(responseCode = "201", description = "Received", content = @Content(schema = @Schema(implementation = PublicReceipt.class)))
    @APIResponse(responseCode = "200", description = "Already received (same submissionId)", content = @Content(schema = @Schema(implementation = PublicReceipt.class)))
    public Response submit(@PathParam("contestId") long contestId, @Valid @NotNull PublicEntryInput in) {
        Contest c = contest(contestId);
        ContestEntry earlier = ContestEntry.find("contestId = ?1 and submissionKey = ?2", c.id, in.submissionId()).firstResult();
        if (earlier != null) return Response.ok(receipt(earlier)).build();
        ContestEntriesResource.requireAcceptable(c, in.category(), in.workUrl(), in.workText());
        CampaignUnit unit = CampaignUnit.<CampaignUnit>find("from CampaignUnit cu join fetch cu.organization o where cu.campaignId = ?1 and o.code = ?2",
                c.campaignId, in.schoolCode().trim().toUpperCase(Locale.ROOT)).firstResult();
        if (unit == null || !SCHOOLS.contains(unit.organization.type)) {
            throw ApiException.unprocessable("schoolCode", "UnknownSchool", "Mã trường không thuộc chiến dịch này; hỏi thầy cô mã của trường");
        }
        ContestEntry e = ContestEntriesResource.newEntry(c, in.category(), unit.organization, in.grade(), in.title(), in.workUrl(), in.workText(),
                in.pupilName(), "PUBLIC");
        e.submissionKey = in.submissionId();
        e.guardianName = Text.clean(in.guardianName());
        e.guardianPhone = Text.clean(in.guardianPhone());
        e.persist();
        ContestEntry.flush();
        return Response.status(201).entity(receipt(e)).build();
    }

    private static PublicReceipt receipt(ContestEntry e) {
        return new PublicReceipt(e.reference, "Đã nhận bài dự thi (mã " + e.reference + "). Nhà trường sẽ xác nhận sự đồng ý của cha mẹ "
                + "hoặc người giám hộ trước khi bài được chấm. Hãy giữ mã này.");
    }

    @GET
    @Path("results")
    @Operation(operationId = "getPublicContestResults", summary = "The published results: rank, the first-name initial, school and grade")
    public Results results(@PathParam("contestId") long contestId) {
        Contest c = contest(contestId);
        if (!c.published()) return new Results(false, null, List.of());
        List<PublicResult> items = results.rank(c).stream().filter(r -> r.ranked().rank() != null)
                .map(r -> new PublicResult(r.entry().category, r.ranked().rank(), ContestEntry.initial(r.entry().pupilName), r.entry().school.name,
                        r.entry().grade, r.ranked().total(), r.ranked().tieNote())).toList();
        return new Results(true, c.publishedAt, items);
    }
}
