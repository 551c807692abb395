package vn.safeonline.campaign;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.safeonline.common.Role;
import vn.safeonline.campaign.CampaignDtos.PhotoView;

@Path("/api/activity-reports")
@Tag(name = "Activity reports")
@SecurityRequirement(name = "bearer")
@Authenticated
public class ActivityReportResource {
    @Inject
    ActivityReportService reports;

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "deleteActivityReport", summary = "Withdraw a report (and its photos)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id) {
        reports.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "acceptActivityReport", summary = "Count a report held for review (its figures exceed the unit's headcount)",
            description = "For the campaign's managers, after checking the figures with the unit. The report then counts toward the targets.")
    @APIResponse(responseCode = "204", description = "Counted from now on")
    public Response accept(@PathParam("id") long id) {
        reports.accept(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "addActivityPhoto", summary = "Add a photo as evidence: JPEG, PNG or WebP (recognised by its bytes), at most 5 MB")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = PhotoView.class)))
    public Response addPhoto(@PathParam("id") long id, @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        return Response.status(201).entity(reports.addPhoto(id, file == null ? null : file.uploadedFile())).build();
    }

    @GET
    @Path("{id}/photos/{photoId}")
    @Produces({"image/jpeg", "image/png", "image/webp"})
    @Operation(operationId = "getActivityPhoto", summary = "A photo of a report, served as the image type it was recognised as, never as a page")
    @APIResponse(responseCode = "200", description = "The image", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response photo(@PathParam("id") long id, @PathParam("photoId") long photoId) {
        ActivityPhotos.Photo photo = reports.photo(id, photoId);
        return Response.ok(photo.data()).type(photo.contentType())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Content-Disposition", "inline; filename=\"anh-" + photoId + "\"")
                .header("Cache-Control", "private, max-age=3600").build();
    }
}
