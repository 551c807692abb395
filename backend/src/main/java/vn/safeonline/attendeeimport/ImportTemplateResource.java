package vn.safeonline.attendee;

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

@Path("/api/quotas/{quotaId}/import-template")
@Tag(name = "Imports")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ImportTemplateResource {
    @Inject
    QuotaService quotas;

    @GET
        @Produces(ImportResource.XLSX)
    @Operation(operationId = "getImportTemplate", summary = "The spreadsheet template for a quota (Vietnamese headers)")
    @APIResponse(responseCode = "200", description = "An .xlsx file", content = @Content(mediaType = ImportResource.XLSX, schema = @Schema(format = "binary", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response template(@PathParam("quotaId") long quotaId) throws IOException {
        Quota q = quotas.find(quotaId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "An toan truc tuyen", "1.0");
        Worksheet ws = wb.newWorksheet("Danh sách");
        int col = 0;
        for (Map.Entry<String, String> h : ImportColumns.HEADERS.entrySet()) {
            boolean student = List.of("school", "grade", "guardianName", "guardianPhone", "difficultCircumstances").contains(h.getKey());
            if (student && !q.category.minors) continue;
            ws.value(0, col, h.getValue() + (h.getKey().equals("fullName") || (student && q.category.minors && List.of("school", "grade").contains(h.getKey())) ? " *" : ""));
            ws.style(0, col).bold().fillColor("DDEBF7").set();
            ws.width(col, 24);
            col++;
        }
        ws.value(1, 0, "Nguyễn Văn An");
        wb.finish();
        String name = "mau-danh-sach-" + q.category.code.toLowerCase().replace('_', '-') + ".xlsx";
        return Response.ok(out.toByteArray()).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
