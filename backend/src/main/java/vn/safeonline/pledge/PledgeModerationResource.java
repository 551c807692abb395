package vn.safeonline.pledge;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.common.Problem;
import vn.safeonline.common.Role;
import vn.safeonline.pledge.PledgeDtos.PledgeView;

/** The wall's moderation queue: its moderators (the plan's managers and the organisations given the wall) approve or reject each pledge. */
@Path("/api/pledges")
@Tag(name = "Wall moderation", description = "Kiểm duyệt Bức tường An toàn số")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PledgeModerationResource {
    @Inject
    PledgeModeration moderation;

    @POST
    @Path("{id}/approve")
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "approvePledge", summary = "Put a pledge on the public wall",
            description = "A pending pledge is approved as it is. A held one (a phone number, an email, a link, an account, a name with a class or "
                    + "an address, abuse) only with override=true, the moderator's \"approve anyway\" after reading the reason; without it the answer "
                    + "is 409 pledge-held whose detail gives the reason and whose errors[0] is {field: override, code: the reason code}. "
                    + "Approving anyway is audited (APPROVE_ANYWAY with the reason code).")
    @APIResponse(responseCode = "200", description = "Approved (or already approved)", content = @Content(schema = @Schema(implementation = PledgeView.class)))
    @APIResponse(responseCode = "409", description = "pledge-held: held, and override was not given; or already rejected (invalid-transition)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public PledgeView approve(@Parameter(example = "42") @PathParam("id") long id,
                              @Parameter(description = "approve a held pledge anyway (the moderator has read why it is held)", example = "false")
                              @QueryParam("override") @DefaultValue("false") boolean override) {
        return moderation.decide(id, PledgeStatus.APPROVED, override);
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "rejectPledge", summary = "Keep a pledge off the wall",
            description = "The plan's managers and the officers of the wall's moderating organisations keep a pledge off the wall; its text is not shown "
                    + "publicly. Idempotent: rejecting a rejected pledge answers it unchanged; an approved pledge cannot be rejected afterwards (409 "
                    + "invalid-transition). 404 for someone who may not moderate this campaign's wall.")
    public PledgeView reject(@Parameter(example = "42") @PathParam("id") long id) {
        return moderation.decide(id, PledgeStatus.REJECTED, false);
    }
}
