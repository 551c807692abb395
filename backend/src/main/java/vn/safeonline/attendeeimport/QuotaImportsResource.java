package vn.safeonline.attendeeimport;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.safeonline.common.Text;
import vn.safeonline.attendeeimport.ImportDtos.ImportJobView;
import vn.safeonline.common.Role;

@Path("/api/quotas/{quotaId}/imports")
@Tag(name = "Imports")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class QuotaImportsResource {
    @Inject
    ImportService imports;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_})
    @Operation(operationId = "createImport", summary = "Upload an .xlsx or .csv list for a quota; it is parsed in the background",
            description = "202 with the job; poll GET /api/imports/{id} for progress until READY, read the rows, fix refused ones, then commit.")
    @APIResponse(responseCode = "202", description = "Parsing", content = @Content(schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "413", description = "Larger than the limit (32 MB by default)", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "Not an .xlsx or a UTF-8 .csv", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response upload(@Parameter(example = "77") @PathParam("quotaId") long quotaId, @RestForm("file") @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary") FileUpload file) {
        ImportJobView job = imports.upload(quotaId, file == null ? null : file.uploadedFile(), file == null ? null : Text.fileName(file.fileName()));
        return Response.accepted(job).location(URI.create("/api/imports/" + job.id())).build();
    }
}
