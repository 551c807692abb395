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

@Path("/api/imports")
@Tag(name = "Imports", description = "Nhập danh sách từ bảng tính: a row-by-row report first, attendees only on confirmation")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ImportResource {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> MESSAGES = new TypeReference<>() {
    };

    @Inject
    QuotaService quotas;
    @Inject
    AttendeeImportService service;
    @Inject
    CurrentUser me;
    @Inject
    AuditLog audit;
    @Inject
    EntityManager em;

    private ImportJob job(long id) {
        ImportJob j = ImportJob.findById(id);
        if (j == null) throw ApiException.notFound("Bản nhập", id);
        Quota q = quotas.find(j.quotaId);
        if (!me.org().id.equals(q.owner.id)) throw ApiException.notFound("Bản nhập", id);
        return j;
    }





    @GET
    @Path("{id}")
    @Operation(operationId = "getImport", summary = "An import's progress and counts")
    public ImportJobView get(@PathParam("id") long id) {
        return ImportJobView.of(job(id));
    }

    @GET
    @Path("{id}/rows")
    @Operation(operationId = "listImportRows", summary = "The row-by-row report, in file order")
    public PageResponse<ImportRowView> rows(@PathParam("id") long id,
                                            @QueryParam("status") @Parameter(schema = @Schema(implementation = RowStatus.class)) String status,
                                            @Valid @BeanParam PageParams page) {
        ImportJob j = job(id);
        RowStatus st = Params.enumValue(RowStatus.class, status, "status");
        String where = "job_id = ?1" + (st == null ? "" : " and status = ?2");
        var count = em.createNativeQuery("select count(*) from import_row where " + where).setParameter(1, j.id);
        var select = em.createNativeQuery("select row_number, status, data::text, messages::text from import_row where " + where
                + " order by row_number limit " + page.size + " offset " + page.offset()).setParameter(1, j.id);
        if (st != null) {
            count.setParameter(2, st.name());
            select.setParameter(2, st.name());
        }
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        List<ImportRowView> items = rows.stream().map(r -> new ImportRowView((Integer) r[0], RowStatus.valueOf((String) r[1]),
                Json.read((String) r[2], VALUES), Json.read((String) r[3], MESSAGES))).toList();
        return new PageResponse<>(items, page.page, page.size, total);
    }

    @Schema(name = "ImportRowInput")
    public record RowInput(@NotNull @Size(max = 20) @Schema(required = true) Map<String, @Size(max = 1000) String> values) {
    }

    @PUT
    @Path("{id}/rows/{rowNumber}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_})
    @Transactional
    @Operation(operationId = "updateImportRow", summary = "Correct a row in place; it is judged again")
    public ImportRowView revise(@PathParam("id") long id, @PathParam("rowNumber") int rowNumber, @Valid @NotNull RowInput input) {
        ImportJob j = job(id);
        service.revise(j, rowNumber, input.values());
        Object[] r = (Object[]) em.createNativeQuery("select row_number, status, data::text, messages::text from import_row where job_id = ?1 and row_number = ?2")
                .setParameter(1, j.id).setParameter(2, rowNumber).getSingleResult();
        return new ImportRowView((Integer) r[0], RowStatus.valueOf((String) r[1]), Json.read((String) r[2], VALUES), Json.read((String) r[3], MESSAGES));
    }

    @POST
    @Path("{id}/commit")
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_})
    @Transactional
    @Operation(operationId = "commitImport", summary = "Create the valid rows' attendees, in one transaction",
            description = "Refused (409) if the quota no longer has room for every valid row or its deadline passed; nothing is created then.")
    public ImportJobView commit(@PathParam("id") long id) {
        ImportJob j = job(id);
        Quota q = quotas.lockForSubmission(j.quotaId);
        if (q.locked(BusinessClock.current().now())) throw new ApiException(ProblemType.DEADLINE_PASSED, "Đã quá hạn gửi danh sách cho chỉ tiêu này");
        int created = service.commit(j, q, me.user().id);
        audit.record("IMPORT", "quota", q.id, null, Map.of("importId", j.id, "created", created, "file", j.fileName));
        return ImportJobView.of(j);
    }
}
