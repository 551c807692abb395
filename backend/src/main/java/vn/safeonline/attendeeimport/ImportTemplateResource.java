package vn.safeonline.attendeeimport;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.common.Documents;
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
    @Produces(Documents.XLSX)
    @Operation(operationId = "getImportTemplate", summary = "The spreadsheet template for a quota (Vietnamese headers)",
            description = "The .xlsx template of the quota's category with Vietnamese headers (and the columns for children's data only when the category is "
                    + "of minors). For the quota's owner and the organisers; 404 for a quota the caller may not see. For people only.")
    @APIResponse(responseCode = "200", description = "An .xlsx file", content = @Content(mediaType = Documents.XLSX, schema = @Schema(format = "binary", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response template(@Parameter(example = "77") @PathParam("quotaId") long quotaId) {
        Quota q = quotas.find(quotaId);
        String name = "mau-danh-sach-" + q.category.code.toLowerCase().replace('_', '-') + ".xlsx";
        return Response.ok(ImportColumns.template(q.category)).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
