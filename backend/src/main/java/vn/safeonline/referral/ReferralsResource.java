package vn.safeonline.referral;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.common.Etags;
import vn.safeonline.common.Idempotency;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Params;
import vn.safeonline.referral.ReferralDtos.CloseInput;
import vn.safeonline.referral.ReferralDtos.ReferralInput;
import vn.safeonline.referral.ReferralDtos.ReferralReceipt;
import vn.safeonline.referral.ReferralDtos.ReferralView;

@Path("/api/referrals")
@Tag(name = "Referrals", description = "Hồ sơ hỗ trợ trẻ em: support referrals for children at risk, seen only by the opening and the receiving organisation")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ReferralsResource {
    @Inject
    ReferralService referrals;

    @GET
    @Operation(operationId = "listReferrals", summary = "The cases the caller's organisation opened or receives (every item read is audited)",
            description = "side=OPENED: opened by the caller's organisation; RECEIVED: sent to it; omitted: both. Anyone else's list is empty.")
    public PageResponse<ReferralView> list(@QueryParam("side") @Parameter(schema = @Schema(implementation = ReferralSide.class)) String side,
                                           @QueryParam("status") @Parameter(schema = @Schema(implementation = ReferralStatus.class)) String status,
                                           @Valid @BeanParam PageParams page) {
        return referrals.list(Params.enumValue(ReferralSide.class, side, "side"), Params.enumValue(ReferralStatus.class, status, "status"), page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openReferral", summary = "Open a case for a child at risk (a school, police or union officer)",
            description = "The receiver must acknowledge within 24 hours and make first contact within 72. With Idempotency-Key a replay "
                    + "returns the first receipt. The receipt carries no child data; read the case at its Location.")
    @APIResponse(responseCode = "201", description = "Opened", content = @Content(schema = @Schema(implementation = ReferralReceipt.class)))
    public Response open(@HeaderParam(Idempotency.HEADER) @Parameter(description = "unique per case you mean once") String key,
                         @Valid @NotNull ReferralInput in) {
        return referrals.open(key, in, r -> Response.created(URI.create("/api/referrals/" + r.id())).entity(r).tag(Etags.of(r.version())).build());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getReferral", summary = "A case with its SLA (its opener's and receiver's people; 404 for anyone else; the read is audited)",
            description = "The people of the opening and the receiving organisations; 404 for anyone else. The case with its child's alias (never a full "
                    + "name), its status and SLA times. Each read is written to the audit log. Answers an ETag of its version, to send in If-Match for "
                    + "the next step.")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(schema = @Schema(implementation = ReferralView.class)))
    public Response get(@Parameter(example = "42") @PathParam("id") long id) {
        ReferralView v = referrals.get(id);
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }

    @POST
    @Path("{id}/acknowledge")
    @Operation(operationId = "acknowledgeReferral", summary = "The receiver acknowledges the case (OPEN → ACKNOWLEDGED; If-Match required)",
            description = "The receiving organisation's people acknowledge the case (OPEN → ACKNOWLEDGED), which stops the acknowledgement clock. If-Match is"
                    + " required (428/412). 409 invalid-transition from any other status; 404 for the opener or anyone else.")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(schema = @Schema(implementation = ReferralView.class)))
    public Response acknowledge(@Parameter(example = "42") @PathParam("id") long id,
                                @HeaderParam("If-Match") @Parameter(example = "\"3\"", required = true, schema = @Schema(type = SchemaType.STRING)) String ifMatch) {
        return ok(referrals.acknowledge(id, ifMatch));
    }

    @POST
    @Path("{id}/first-contact")
    @Operation(operationId = "recordReferralContact", summary = "The receiver records the first contact with the child or family (ACKNOWLEDGED → IN_CONTACT; If-Match required)",
            description = "The receiving organisation's people record the first contact with the child or family (ACKNOWLEDGED → IN_CONTACT), which stops the"
                    + " first-contact clock. If-Match is required (428/412). 409 invalid-transition from any other status.")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(schema = @Schema(implementation = ReferralView.class)))
    public Response firstContact(@Parameter(example = "42") @PathParam("id") long id,
                                 @HeaderParam("If-Match") @Parameter(example = "\"3\"", required = true, schema = @Schema(type = SchemaType.STRING)) String ifMatch) {
        return ok(referrals.recordContact(id, ifMatch));
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "closeReferral", summary = "Close the case with its outcome (If-Match required)",
            description = "The receiver closes an acknowledged case with any outcome but WITHDRAWN; the opener withdraws a case not yet acknowledged (WITHDRAWN).")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(schema = @Schema(implementation = ReferralView.class)))
    public Response close(@Parameter(example = "42") @PathParam("id") long id,
                          @HeaderParam("If-Match") @Parameter(example = "\"3\"", required = true, schema = @Schema(type = SchemaType.STRING)) String ifMatch,
                          @Valid @NotNull CloseInput in) {
        return ok(referrals.close(id, ifMatch, in));
    }

    private static Response ok(ReferralView v) {
        return Response.ok(v).tag(Etags.of(v.version())).build();
    }
}
