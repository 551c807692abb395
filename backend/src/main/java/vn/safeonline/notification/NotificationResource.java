package vn.safeonline.notification;

import vn.safeonline.common.BusinessClock;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;

@Path("/api/notifications")
@Tag(name = "Notifications", description = "Thông báo: reminders and news for the caller")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class NotificationResource {

    @Schema(name = "Notification")
    public record NotificationView(@Schema(examples = "42", required = true) long id, @Schema(required = true, examples = "REMINDER") String kind,
                                   @Schema(examples = "Đôn đốc báo cáo kết quả thực hiện", required = true) String title, @Schema(examples = "Đề nghị Sở Giáo dục và Đào tạo báo cáo kết quả thực hiện trước ngày 28/5/2026.") String body, @Schema(examples = "120") Long planId, @Schema(examples = "310") Long taskId,
                                   @Schema(required = true) OffsetDateTime createdAt, OffsetDateTime readAt) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.id, n.kind, n.title, n.body, n.planId, n.taskId, n.createdAt, n.readAt);
        }
    }

    @Inject
    CurrentUser me;

    @GET
    @Operation(operationId = "listNotifications", summary = "The caller's notifications, newest first",
            description = "The caller's own notifications (reminders, urging, escalations), newest first; unread=true keeps only the unread. Paged; answers "
                    + "an ETag. For people only.")
    public PageResponse<NotificationView> list(@Parameter(example = "true") @QueryParam("unread") boolean unread, @Valid @BeanParam PageParams page) {
        String where = "recipientId = ?1" + (unread ? " and readAt is null" : "");
        long total = Notification.count(where, me.user().id);
        var items = Notification.<Notification>find(where + " order by createdAt desc, id desc", me.user().id)
                .range(page.offset(), page.offset() + page.size - 1).list().stream().map(NotificationView::of).toList();
        return new PageResponse<>(items, page.page, page.size, total);
    }

    @POST
    @Path("{id}/read")
    @Transactional
    @Operation(operationId = "markNotificationRead", summary = "Mark one of the caller's notifications read",
            description = "One of the caller's own notifications; another person's is 404. Idempotent: marking it again keeps the first time it was read.")
    @APIResponse(responseCode = "204", description = "Marked")
    public void read(@Parameter(example = "42") @PathParam("id") long id) {
        Notification n = Notification.<Notification>find("id = ?1 and recipientId = ?2", id, me.user().id).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Thông báo", id));
        if (n.readAt == null) n.readAt = BusinessClock.current().now();
    }
}
