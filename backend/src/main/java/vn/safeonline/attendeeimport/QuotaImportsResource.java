package vn.safeonline.attendee;

import vn.safeonline.common.BusinessClock;
import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.safeonline.attendee.ImportDtos.ImportJobView;
import vn.safeonline.attendee.ImportDtos.ImportRowView;
import vn.safeonline.attendee.ImportDtos.RowStatus;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.common.Role;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.Json;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Params;
import vn.safeonline.common.ProblemType;
import vn.safeonline.quota.Quota;
import vn.safeonline.quota.QuotaService;

@Path("/api/quotas/{quotaId}/imports")
@Tag(name = "Imports")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class QuotaImportsResource {
    @Inject
    QuotaService quotas;
    @Inject
    AttendeeImportService service;
    @Inject
    CurrentUser me;

    private Quota ownQuota(long quotaId) {
        Quota q = quotas.find(quotaId);
        if (!me.org().id.equals(q.owner.id)) throw ApiException.forbidden("Chỉ cán bộ của " + q.owner.name + " nhập danh sách cho chỉ tiêu này");
        return q;
    }

    @POST
        @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_})
    @Operation(operationId = "createImport", summary = "Upload an .xlsx or .csv list for a quota; it is parsed in the background",
            description = "202 with the job; poll GET /api/imports/{id} for progress until READY, read the rows, fix refused ones, then commit.")
    @APIResponse(responseCode = "202", description = "Parsing", content = @Content(schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "413", description = "Larger than the limit (32 MB by default)", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "Not an .xlsx or a UTF-8 .csv", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response upload(@PathParam("quotaId") long quotaId, @RestForm("file") @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary") FileUpload file) {
        Quota q = ownQuota(quotaId);
        if (file == null || file.uploadedFile() == null) throw ApiException.field("file", "Required", "Chọn tệp .xlsx hoặc .csv");
        if (q.locked(BusinessClock.current().now())) throw new ApiException(ProblemType.DEADLINE_PASSED, "Đã quá hạn gửi danh sách cho chỉ tiêu này");
        ImportJob job = service.start(q, me.user().id, file.fileName(), file.uploadedFile());
        return Response.accepted(ImportJobView.of(job)).location(URI.create("/api/imports/" + job.id)).build();
    }
}
