package vn.safeonline.participation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import vn.safeonline.org.Organization;
import vn.safeonline.participation.PublicDtos.PledgeStatus;

/** A pledge on the Digital Safety Wall: public once a moderator approves it. */
@Entity
@Table(name = "pledge")
public class Pledge extends PanacheEntityBase {
    @Id
    public Long id;
    @Column(name = "campaign_id")
    public long campaignId;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    public Organization organization;
    @Column(name = "display_name")
    public String displayName;
    public String text;
    @Enumerated(EnumType.STRING)
    public PledgeStatus status;
    @Column(name = "held_reason")
    public String heldReason;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "moderated_at")
    public OffsetDateTime moderatedAt;
    @Column(name = "moderated_by")
    public Long moderatedBy;
    @Version
    public int version;
}
