package vn.safeonline.campaign;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
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
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.Images;
import vn.safeonline.common.ProblemType;

@Path("/api/activity-reports")
@Tag(name = "Activity reports")
@SecurityRequirement(name = "bearer")
@Authenticated
public class ActivityReportResource {
    /** Photos: JPEG, PNG or WebP recognised by their bytes, at most 5 MB and 12,000 px a side, at most 10 a report. */
    public static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;
    private static final int MAX_PHOTOS = 10;

    @Inject
    CampaignAccess access;
    @Inject
    EntityManager em;
    @Inject
    AuditLog audit;

    /** The report, or 404 when the caller may not see it; the campaign comes with it. */
    private ActivityReport find(long id, boolean forChange) {
        ActivityReport r = ActivityReport.<ActivityReport>find("from ActivityReport r join fetch r.organization where r.id = ?1", id)
                .firstResultOptional().orElseThrow(() -> ApiException.notFound("Báo cáo", id));
        Campaign c = access.find(r.campaignId);
        boolean sees = access.seesAll(c) || access.mayReportFor(c, r.organization);
        if (!sees) throw ApiException.notFound("Báo cáo", id);
        if (forChange && !access.mayReportFor(c, r.organization)) throw ApiException.forbidden("Chỉ đơn vị báo cáo hoặc cơ quan điều phối được sửa");
        return r;
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_, Role.ADMIN_})
    @Transactional
    @Operation(operationId = "deleteActivityReport", summary = "Withdraw a report (and its photos)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id) {
        ActivityReport r = find(id, true);
        audit.record("DELETE", "activity_report", r.id, java.util.Map.of("type", r.type, "date", r.date.toString(), "organizationId", r.organization.id), null);
        r.delete();
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Transactional
    @Operation(operationId = "acceptActivityReport", summary = "Count a report held for review (its figures exceed the unit's headcount)",
            description = "For the campaign's managers, after checking the figures with the unit. The report then counts toward the targets.")
    @APIResponse(responseCode = "204", description = "Counted from now on")
    public Response accept(@PathParam("id") long id) {
        ActivityReport r = find(id, false);
        access.requireManager(access.find(r.campaignId));
        if (r.heldReason != null) {
            audit.record("ACCEPT", "activity_report", r.id, java.util.Map.of("heldReason", r.heldReason), null);
            r.heldReason = null;
        }
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_, Role.ADMIN_})
    @Transactional
    @Operation(operationId = "addActivityPhoto", summary = "Add a photo as evidence: JPEG, PNG or WebP (recognised by its bytes), at most 5 MB")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = PhotoView.class)))
    public Response addPhoto(@PathParam("id") long id, @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        ActivityReport r = find(id, true);
        if (file == null) throw ApiException.field("file", "Required", "Chọn ảnh");
        byte[] bytes;
        try {
            if (Files.size(file.uploadedFile()) > MAX_PHOTO_BYTES) throw new ApiException(ProblemType.FILE_TOO_LARGE, "Ảnh tối đa 5 MB");
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Images.Info info = Images.inspect(bytes);
        if (info == null) throw new ApiException(ProblemType.UNSUPPORTED_FILE, "Chỉ nhận ảnh JPEG, PNG hoặc WebP");
        if (info.width() > 12_000 || info.height() > 12_000) throw ApiException.unprocessable("file", "Size", "Ảnh quá lớn (tối đa 12.000 điểm ảnh mỗi cạnh)");
        long count = ((Number) em.createNativeQuery("select count(*) from activity_photo where report_id = ?1").setParameter(1, r.id).getSingleResult()).longValue();
        if (count >= MAX_PHOTOS) throw ApiException.unprocessable("file", "TooMany", "Tối đa " + MAX_PHOTOS + " ảnh mỗi báo cáo");
        long photoId = ((Number) em.createNativeQuery("insert into activity_photo (id, report_id, content_type, size_bytes, width, height, data)"
                        + " values (nextval('activity_photo_seq'), ?1, ?2, ?3, ?4, ?5, ?6) returning id")
                .setParameter(1, r.id).setParameter(2, info.contentType()).setParameter(3, bytes.length).setParameter(4, info.width())
                .setParameter(5, info.height()).setParameter(6, bytes).getSingleResult()).longValue();
        audit.record("ADD_PHOTO", "activity_report", r.id, null, java.util.Map.of("photoId", photoId, "bytes", bytes.length));
        return Response.status(201).entity(new PhotoView(photoId, info.contentType(), bytes.length, info.width(), info.height())).build();
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
        ActivityReport r = find(id, false);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select content_type, data from activity_photo where id = ?1 and report_id = ?2")
                .setParameter(1, photoId).setParameter(2, r.id).getResultList();
        if (rows.isEmpty()) throw ApiException.notFound("Ảnh", photoId);
        return Response.ok(rows.get(0)[1]).type((String) rows.get(0)[0])
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Content-Disposition", "inline; filename=\"anh-" + photoId + "\"")
                .header("Cache-Control", "private, max-age=3600").build();
    }
}
