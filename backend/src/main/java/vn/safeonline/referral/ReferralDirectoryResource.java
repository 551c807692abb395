package vn.safeonline.referral;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.org.OrgRef;
import vn.safeonline.referral.ReferralDtos.AccessView;
import vn.safeonline.referral.ReferralDtos.Escalations;

/** What surrounds the cases without showing one: the caller's rights, the organisations that receive, the overdue counts. */
@Path("/api")
@Tag(name = "Referrals")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ReferralDirectoryResource {
    @Inject
    ReferralService referrals;

    @GET
    @Path("referral-access")
    @Operation(operationId = "getReferralAccess", summary = "Whether the caller may open cases, receive them, and read the escalation counts",
            description = "Any signed-in person: whether the caller's organisation may open cases, receive them, and read the escalation counts, so the SPA "
                    + "shows only what applies. Answers an ETag.")
    public AccessView access() {
        return referrals.access();
    }

    @GET
    @Path("referral-receivers")
    @Operation(operationId = "listReferralReceivers", summary = "The organisations a case may be sent to (for those who may open one)",
            description = "Schools, police, unions, departments, wards and communes of the caller's deployment, other than the caller's own; q searches names without diacritics.")
    public PageResponse<OrgRef> receivers(@QueryParam("q") @Size(max = 200) @Parameter(example = "thanh doan") String q, @Valid @BeanParam PageParams page) {
        return referrals.receivers(q, page);
    }

    @GET
    @Path("referral-escalations")
    @Operation(operationId = "getReferralEscalations", summary = "Overdue cases by receiving organisation and by step: counts only (standing agency, administrators)",
            description = "Not acknowledged 24 hours after opening, or without first contact 72 hours after it, on the business clock. No case code, child or note.")
    public Escalations escalations() {
        return referrals.escalations();
    }
}
