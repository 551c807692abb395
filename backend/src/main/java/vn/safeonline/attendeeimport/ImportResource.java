package vn.safeonline.attendeeimport;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.attendeeimport.ImportDtos.ImportJobView;
import vn.safeonline.attendeeimport.ImportDtos.ImportRowView;
import vn.safeonline.attendeeimport.ImportDtos.RowStatus;
import vn.safeonline.common.Role;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Params;

@Path("/api/imports")
@Tag(name = "Imports", description = "Nhập danh sách từ bảng tính: a row-by-row report first, attendees only on confirmation")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ImportResource {
    @Inject
    ImportService imports;

    @GET
    @Path("{id}")
    @Operation(operationId = "getImport", summary = "An import's progress and counts",
            description = "Only the organisation that uploaded the file (its officers and coordinators) sees the import; 404 for anyone else. Poll it while "
                    + "status is PARSING: the counts (valid, invalid, duplicate, over quota) grow as rows are judged; READY means the report is complete "
                    + "and can be corrected and committed, COMMITTED that its attendees exist, FAILED that the file could not be read (error says why). "
                    + "An ETag lets a poller use If-None-Match (304 while nothing changed). For people only.")
    public ImportJobView get(@Parameter(example = "42") @PathParam("id") long id) {
        return imports.get(id);
    }

    @GET
    @Path("{id}/rows")
    @Operation(operationId = "listImportRows", summary = "The row-by-row report, in file order",
            description = "The row-by-row report of an import, in file order, each row with its values, status and messages; status filters (VALID, INVALID, "
                    + "DUPLICATE, OVER_QUOTA…). For the uploading organisation only; 404 for others. Paged; answers an ETag. For people only.")
    public PageResponse<ImportRowView> rows(@Parameter(example = "42") @PathParam("id") long id,
                                            @QueryParam("status") @Parameter(schema = @Schema(implementation = RowStatus.class)) String status,
                                            @Valid @BeanParam PageParams page) {
        return imports.rows(id, Params.enumValue(RowStatus.class, status, "status"), page);
    }

    @Schema(name = "ImportRowInput")
    public record RowInput(@NotNull @Size(max = 20) @Schema(examples = "{\"Họ và tên\": \"Nguyễn Thị Lan\", \"Chức vụ\": \"Học sinh lớp 10A1\", \"Điện thoại\": \"0939.949.749\"}", required = true) Map<String, @Size(max = 1000) String> values) {
    }

    @PUT
    @Path("{id}/rows/{rowNumber}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_})
    @Operation(operationId = "updateImportRow", summary = "Correct a row in place; it is judged again",
            description = "The uploading organisation's officers and coordinators correct a row's values in place (the columns of the template); the row is "
                    + "judged again with the same rules as the form and its new status and messages are answered. 409 invalid-transition unless the "
                    + "import is READY (not after it was committed); 404 for a row number not in the file. For people only.")
    public ImportRowView revise(@Parameter(example = "42") @PathParam("id") long id, @Parameter(example = "7") @PathParam("rowNumber") int rowNumber, @Valid @NotNull RowInput input) {
        return imports.revise(id, rowNumber, input.values());
    }

    @POST
    @Path("{id}/commit")
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_})
    @Operation(operationId = "commitImport", summary = "Create the valid rows' attendees, in one transaction",
            description = "Refused (409) if the quota no longer has room for every valid row or its deadline passed; nothing is created then.")
    public ImportJobView commit(@Parameter(example = "42") @PathParam("id") long id) {
        return imports.commit(id);
    }
}
