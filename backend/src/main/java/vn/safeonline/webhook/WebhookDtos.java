package vn.safeonline.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shapes of webhook subscriptions and deliveries on the wire; the secret appears once, in the answer that makes it. */
public final class WebhookDtos {
    private WebhookDtos() {
    }

    static final String TYPE = "^(plan\\.issued|task\\.progress_reported|task\\.overdue|attendee\\.submitted|quota\\.deadline_approaching|checkin\\.recorded"
            + "|activity\\.reported|target\\.reached|pledge\\.approved)$";

    @Schema(name = "WebhookInput")
    public record WebhookInput(@Schema(examples = "9", description = "the system client it belongs to; a client's own token may leave it out") Long systemClientId,
                               @NotBlank @Size(max = 1000) @Schema(required = true, examples = "https://he-thong.truong.edu.vn/hooks/safeonline") String url,
                               @NotEmpty @Size(max = 10) @Schema(required = true, examples = "[\"attendee.submitted\"]")
                               List<@NotNull @Size(max = 32) @Pattern(regexp = TYPE, message = "{vn.safeonline.eventType}") String> eventTypes) {
    }

    @Schema(name = "Webhook")
    public record WebhookView(@Schema(examples = "42", required = true) long id, @Schema(examples = "9", required = true) long systemClientId, @Schema(examples = "https://he-thong.truong.edu.vn/hooks/safeonline", required = true) String url,
                              @Schema(examples = "[\"attendee.submitted\", \"plan.issued\"]", required = true) List<String> eventTypes, @Schema(required = true) boolean active, @Schema(examples = "Địa chỉ nhận trả lời 410 Gone lúc 2026-05-29T08:15:00+07:00") String disabledReason,
                              @Schema(required = true) OffsetDateTime createdAt) {
        static WebhookView of(WebhookSubscription s) {
            return new WebhookView(s.id, s.clientId, s.url, s.types(), s.active, s.disabledReason, s.createdAt);
        }
    }

    @Schema(name = "WebhookSecret", description = "The subscription with its signing secret (Standard Webhooks whsec_…): shown this once")
    public record WebhookSecret(@Schema(required = true) WebhookView webhook, @Schema(examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", required = true) String secret) {
    }

    @Schema(name = "WebhookDelivery")
    public record DeliveryView(@Schema(examples = "42", required = true) long id, @Schema(required = true, examples = "evt_1201") String webhookId,
                               @Schema(examples = "attendee.submitted", required = true) String type, @Schema(examples = "/api/plans/120", required = true) String link,
                               @Schema(required = true, enumeration = {"PENDING", "DELIVERED", "FAILED"}) String status,
                               @Schema(examples = "2", required = true) int attempts, OffsetDateTime nextAttemptAt, OffsetDateTime lastAttemptAt,
                               @Schema(examples = "503") Integer lastStatus, @Schema(examples = "HTTP 503 Service Unavailable") String lastError, OffsetDateTime deliveredAt, @Schema(required = true) OffsetDateTime createdAt) {
    }

    @Schema(name = "WebhookEventType", description = "An event type a subscription may name, with the scope the client needs to hear of it")
    public record EventTypeView(@Schema(required = true, examples = "attendee.submitted") String type,
                                @Schema(required = true, examples = "attendees:write") String scope) {
    }
}
