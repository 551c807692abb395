package vn.safeonline.campaign;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.safeonline.common.Role;
import vn.safeonline.common.Scopes;
import vn.safeonline.campaign.CampaignDtos.CampaignInput;
import vn.safeonline.campaign.CampaignDtos.CampaignView;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.Etags;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.ProblemType;

@Path("/api/campaigns")
@Tag(name = "Campaigns", description = "Chiến dịch: a plan's campaign, its frame, units, reports and targets")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CampaignResource {
    @Inject
    CampaignAccess access;
    @Inject
    CampaignService service;

    @GET
    @Extension(name = Scopes.EXTENSION, value = Scopes.PLANS_READ)
    @Operation(operationId = "listCampaigns", summary = "The campaigns the caller's organisation is party to or a unit of",
            description = "The campaigns of plans the caller's organisation (or one below it) is party to, and those it is a unit of; planId narrows to one "
                    + "plan. Paged; sort by startsOn or name (default -startsOn). Answers an ETag. System clients need plans:read.")
    public PageResponse<CampaignView> list(@Parameter(example = "120") @QueryParam("planId") Long planId, @Valid @BeanParam PageParams page) {
        Map<String, Object> params = new HashMap<>();
        String where = access.visible(params);
        if (planId != null) {
            where += " and p.id = :planId";
            params.put("planId", planId);
        }
        String order = page.orderBy(Map.of("startsOn", "c.startsOn", "name", "c.name"), "-startsOn", "c.id desc");
        long total = Campaign.count("select count(c) from Campaign c join c.plan p where " + where, params);
        List<Campaign> items = Campaign.<Campaign>find("select c from Campaign c join fetch c.plan p where " + where + " order by " + order, params)
                .page(page.page - 1, page.size).list();
        return new PageResponse<>(items.stream().map(service::view).toList(), page.page, page.size, total);
    }

    @GET
    @Path("{id}")
    @Extension(name = Scopes.EXTENSION, value = Scopes.PLANS_READ)
    @Operation(operationId = "getCampaign", summary = "A campaign, with what the caller may do in it",
            description = "For the plan's parties and the campaign's units; 404 for anyone else. The answer says what the caller may do (manage, report, "
                    + "moderate) so a client need not guess. Answers an ETag of the campaign's version: send it in If-Match to update. System clients "
                    + "need plans:read.")
    @APIResponse(responseCode = "200", description = "The campaign", content = @Content(schema = @Schema(implementation = CampaignView.class)))
    public Response get(@Parameter(example = "42") @PathParam("id") long id) {
        Campaign c = access.find(id);
        return Response.ok(service.view(c)).tag(Etags.of(c.version)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "updateCampaign", summary = "Change a campaign (If-Match required)",
            description = "The plan's issuer or standing agency (coordinators, ADMIN). If-Match is required (428 without it, 412 when someone changed the "
                    + "campaign since). 422 with errors[] when the dates are reversed or outside the plan. The answer carries the new ETag. For people "
                    + "only.")
    @APIResponse(responseCode = "200", description = "The campaign", content = @Content(schema = @Schema(implementation = CampaignView.class)))
    public Response update(@Parameter(example = "42") @PathParam("id") long id,
                           @HeaderParam("If-Match") @Parameter(example = "\"3\"", required = true, schema = @Schema(type = SchemaType.STRING)) String ifMatch,
                           @Valid @NotNull CampaignInput input) {
        Campaign c = service.update(id, ifMatch, input);
        return Response.ok(service.view(c)).tag(Etags.of(c.version)).build();
    }

    @PUT
    @Path("{id}/frame")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "uploadCampaignFrame", summary = "Upload the avatar frame: a square PNG with transparency, 256–2048 px, ≤ 2 MB, not animated",
            description = "The file is recognised by its bytes: a JPEG renamed .png is refused (415); an animated, opaque, "
                    + "non-square or oversized frame gets 422 with the reasons.")
    @APIResponse(responseCode = "200", description = "The campaign with its frame", content = @Content(schema = @Schema(implementation = CampaignView.class)))
    public Response uploadFrame(@Parameter(example = "42") @PathParam("id") long id,
                                @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        if (file == null) throw ApiException.field("file", "Required", "Chọn tệp khung ảnh (PNG)");
        byte[] bytes;
        try {
            if (Files.size(file.uploadedFile()) > CampaignService.MAX_FRAME_BYTES) throw new ApiException(ProblemType.FILE_TOO_LARGE, "Khung ảnh tối đa 2 MB");
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Campaign c = service.uploadFrame(id, bytes);
        return Response.ok(service.view(c)).tag(Etags.of(c.version)).build();
    }
}
