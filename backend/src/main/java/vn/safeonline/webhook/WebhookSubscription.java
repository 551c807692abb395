package vn.safeonline.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A system client's subscription: a URL, the event types it wants, and the secret its deliveries are signed with. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_subscription_seq")
    @SequenceGenerator(name = "webhook_subscription_seq", sequenceName = "webhook_subscription_seq", allocationSize = 50)
    public Long id;
    @Column(name = "client_id")
    public long clientId;
    public String url;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types", columnDefinition = "varchar(60)[]")
    public String[] eventTypes;
    /** "whsec_" + base64 of the key (Standard Webhooks); it must be kept to sign, so it is stored as given. */
    public String secret;
    public boolean active = true;
    @Column(name = "disabled_reason")
    public String disabledReason;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public int version;

    public List<String> types() {
        return List.of(eventTypes);
    }

    public static List<WebhookSubscription> ofClient(long clientId) {
        return list("clientId = ?1 order by id", clientId);
    }
}
