package vn.safeonline.webhook;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Scopes;
import vn.safeonline.webhook.WebhookDtos.DeliveryView;
import vn.safeonline.webhook.WebhookDtos.EventTypeView;
import vn.safeonline.webhook.WebhookDtos.WebhookInput;
import vn.safeonline.webhook.WebhookDtos.WebhookSecret;
import vn.safeonline.webhook.WebhookDtos.WebhookView;

@Path("/api")
@Tag(name = "Webhooks", description = "What a system client hears of: signed deliveries (Standard Webhooks), retried for 3 days, with a log")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Authenticated
public class WebhookResource {
    @Inject
    WebhookService webhooks;

    @GET
    @Path("webhook-event-types")
    @Extension(name = Scopes.EXTENSION, value = Scopes.ANY)
    @Operation(operationId = "listWebhookEventTypes", summary = "The event types a subscription may name, each with the scope it needs",
            description = "Any signed-in person or system client (no particular scope) may read it; the answer is the same for everyone and "
                    + "changes only with a release, so it is worth caching with If-None-Match (304). A subscription naming a type whose scope "
                    + "its client lacks is refused with 422 (eventTypes[i]); the SPA offers only the types the client's scopes cover.")
    public List<EventTypeView> eventTypes() {
        return webhooks.eventTypes();
    }

    @GET
    @Path("webhooks")
    @Extension(name = Scopes.EXTENSION, value = Scopes.ANY)
    @Operation(operationId = "listWebhooks", summary = "A system client's subscriptions (the client's own token, or whoever manages the client)",
            description = "A system client's own token lists its subscriptions (systemClientId may be left out); a person who manages the client (ADMIN, or a"
                    + " coordinator of its organisation or above) names it with systemClientId (400 when missing; 404 for a client the caller does not "
                    + "manage). Never shows a signing secret. Any scope.")
    public List<WebhookView> list(@Parameter(example = "9") @QueryParam("systemClientId") Long systemClientId) {
        return webhooks.list(systemClientId);
    }

    @POST
    @Path("webhooks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = Scopes.EXTENSION, value = Scopes.ANY)
    @Operation(operationId = "createWebhook", summary = "Subscribe a URL to event types; the signing secret is shown once",
            description = "Types: plan.issued, task.progress_reported, task.overdue (plans:read), attendee.submitted, quota.deadline_approaching "
                    + "(attendees:write), checkin.recorded (checkin:write), "
                    + "activity.reported (activities:write), target.reached, pledge.approved (indicators:read). Deliveries are POSTs of {type, timestamp, data{id, entityType, link}} "
                    + "with webhook-id, webhook-timestamp and webhook-signature (v1, HMAC-SHA256) headers; https only, never to private addresses.")
    @APIResponse(responseCode = "201", description = "Subscribed", content = @Content(schema = @Schema(implementation = WebhookSecret.class)))
    public Response create(@Valid @NotNull WebhookInput in) {
        WebhookSecret made = webhooks.subscribe(in);
        return Response.created(URI.create("/api/webhooks/" + made.webhook().id())).entity(made).build();
    }

    @GET
    @Path("webhooks/{id}")
    @Extension(name = Scopes.EXTENSION, value = Scopes.ANY)
    @Operation(operationId = "getWebhook", summary = "A subscription (never its secret)",
            description = "The client itself or whoever manages it; 404 for anyone else. Shows its URL, event types, whether it is active and why it was "
                    + "disabled (e.g. the receiver answered 410 Gone); never its signing secret. Answers an ETag.")
    public WebhookView get(@Parameter(example = "42") @PathParam("id") long id) {
        return webhooks.get(id);
    }

    @DELETE
    @Path("webhooks/{id}")
    @Extension(name = Scopes.EXTENSION, value = Scopes.ANY)
    @Operation(operationId = "deleteWebhook", summary = "Unsubscribe",
            description = "The client itself or whoever manages it removes the subscription; deliveries still pending for it are dropped. A second call is "
                    + "404. Recorded in the audit log.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@Parameter(example = "42") @PathParam("id") long id) {
        webhooks.delete(id);
    }

    @GET
    @Path("webhooks/{id}/deliveries")
    @Extension(name = Scopes.EXTENSION, value = Scopes.ANY)
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log: each event's attempts, last answer and next try",
            description = "The client itself or whoever manages it: each delivery of an event to this subscription with its status (PENDING, DELIVERED, "
                    + "FAILED), attempts, last HTTP status or error and next attempt (exponential backoff for 3 days). Finished deliveries are kept 30 "
                    + "days (app.prune.webhook-days). Paged, newest first; answers an ETag.")
    public PageResponse<DeliveryView> deliveries(@Parameter(example = "42") @PathParam("id") long id, @Valid @BeanParam PageParams page) {
        return webhooks.deliveries(id, page);
    }

    @POST
    @Path("webhook-deliveries/{id}/redeliver")
    @Extension(name = Scopes.EXTENSION, value = Scopes.ANY)
    @Operation(operationId = "redeliverWebhook", summary = "Send a delivery again (same webhook-id) at the next run",
            description = "The client itself or whoever manages it queues a delivery again for the next dispatcher run, with the same webhook-id so the "
                    + "receiver can recognise a repeat. 409 invalid-transition when the subscription has been disabled (subscribe again instead); 404 for"
                    + " a delivery the caller may not see.")
    @APIResponse(responseCode = "204", description = "Queued")
    public void redeliver(@Parameter(example = "42") @PathParam("id") long id) {
        webhooks.redeliver(id);
    }
}
