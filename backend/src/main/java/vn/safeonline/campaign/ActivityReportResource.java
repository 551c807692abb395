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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
    @Operation(operationId = "deleteActivityReport", summary = "Withdraw a report (and its photos)",
            description = "Whoever may report for the unit (its officers and coordinators) withdraws a report; its photos go with it and the indicators drop "
                    + "it at once. Recorded in the audit log. 404 for a report the caller may not see; 403 for those who see it (the campaign's monitors)"
                    + " but may not report for the unit. For people only; a second call is 404.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@Parameter(example = "42") @PathParam("id") long id) {
        reports.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "acceptActivityReport", summary = "Count a report held for review (its figures exceed the unit's headcount)",
            description = "For the campaign's managers, after checking the figures with the unit. The report then counts toward the targets.")
    @APIResponse(responseCode = "204", description = "Counted from now on")
    public Response accept(@Parameter(example = "42") @PathParam("id") long id) {
        reports.accept(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_, Role.ADMIN_})
    @Operation(operationId = "addActivityPhoto", summary = "Add a photo as evidence: JPEG, PNG or WebP (recognised by its bytes), at most 5 MB",
            description = "Multipart field file. The reporting unit's people or the campaign's managers; at most 5 MB (413 file-too-large) and a JPEG, PNG or"
                    + " WebP recognised by its bytes, whatever its name or declared type (415 unsupported-file). 422 (field file) for an image over "
                    + "12,000 pixels a side or when the report already has its maximum of photos. 403 for those who see the report but may not report for"
                    + " its unit. For people only.")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = PhotoView.class)))
    public Response addPhoto(@Parameter(example = "42") @PathParam("id") long id, @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        return Response.status(201).entity(reports.addPhoto(id, file == null ? null : file.uploadedFile())).build();
    }

    @GET
    @Path("{id}/photos/{photoId}")
    @Produces({"image/jpeg", "image/png", "image/webp"})
    @Operation(operationId = "getActivityPhoto", summary = "A photo of a report, served as the image type it was recognised as, never as a page",
            description = "Whoever may see the report; 404 otherwise. Served with the recognised image type and X-Content-Type-Options: nosniff and a "
                    + "Content-Disposition that keeps a browser from treating it as a page.")
    @APIResponse(responseCode = "200", description = "The image", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response photo(@Parameter(example = "42") @PathParam("id") long id, @Parameter(example = "1") @PathParam("photoId") long photoId) {
        ActivityPhotos.Photo photo = reports.photo(id, photoId);
        return Response.ok(photo.data()).type(photo.contentType())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Content-Disposition", "inline; filename=\"anh-" + photoId + "\"")
                .header("Cache-Control", "private, max-age=3600").build();
    }
}
