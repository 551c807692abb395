package vn.safeonline.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.ColumnTransformer;

/** Who changed what, when, with the state before and after: written in the transaction of the change. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    public Long id;

    public OffsetDateTime at;

    @Column(name = "tenant_id")
    public Long tenantId;

    @Column(name = "actor_id")
    public Long actorId;

    public String actor;
    public String action;

    @Column(name = "entity_type")
    public String entityType;

    @Column(name = "entity_id")
    public Long entityId;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String before;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String after;
}
