package vn.safeonline.common;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/audit-events")
@Tag(name = "Audit", description = "Nhật ký thay đổi: who changed what, when (administrators)")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_)
public class AuditResource {

    @Schema(name = "AuditEvent")
    public record AuditEventView(
            @Schema(examples = "42", required = true) long id,
            @Schema(required = true) OffsetDateTime at,
            @Schema(required = true, examples = "ubnd") String actor,
            @Schema(required = true, examples = "ISSUE") String action,
            @Schema(required = true, examples = "plan") String entityType,
            @Schema(examples = "120") Long entityId,
            @Schema(examples = "{\"status\": \"DRAFT\"}", description = "state before the change") Map<String, Object> before,
            @Schema(examples = "{\"status\": \"ISSUED\", \"number\": \"120/KH-UBND\"}", description = "state after the change") Map<String, Object> after) {
    }

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    @Inject
    Caller me;

    @GET
    @Operation(operationId = "listAuditEvents", summary = "The audit log of the caller's deployment, newest first",
            description = "ADMIN only (403 otherwise): who did what to which object in the deployment, newest first; entityType and entityId narrow to one "
                    + "object. Payloads never hold personal data (reads of children's data are logged as reads, without the data). Paged; answers an "
                    + "ETag.")
    public PageResponse<AuditEventView> list(@Parameter(example = "plan") @QueryParam("entityType") @Size(max = 40) String entityType,
                                             @Parameter(example = "120") @QueryParam("entityId") Long entityId,
                                             @Valid @BeanParam PageParams page) {
        StringBuilder where = new StringBuilder("tenantId = :t");
        Map<String, Object> params = new HashMap<>();
        params.put("t", me.tenant());
        if (entityType != null && !entityType.isBlank()) {
            where.append(" and entityType = :type");
            params.put("type", entityType);
        }
        if (entityId != null) {
            where.append(" and entityId = :id");
            params.put("id", entityId);
        }
        long total = AuditEvent.count(where.toString(), params);
        var items = AuditEvent.<AuditEvent>find(where + " order by at desc, id desc", params)
                .range(page.offset(), page.offset() + page.size - 1).list().stream()
                .map(e -> new AuditEventView(e.id, e.at, e.actor, e.action, e.entityType, e.entityId,
                        Json.read(e.before, MAP), Json.read(e.after, MAP)))
                .toList();
        return new PageResponse<>(items, page.page, page.size, total);
    }
}
