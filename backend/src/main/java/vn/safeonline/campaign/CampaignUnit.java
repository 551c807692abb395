package vn.safeonline.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import vn.safeonline.org.Organization;

/** A unit in a campaign's scope, with its headcounts by audience. */
@Entity
@Table(name = "campaign_unit")
@IdClass(CampaignUnit.Key.class)
public class CampaignUnit extends PanacheEntityBase {
    public record Key(Long campaignId, Long organizationId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "campaign_id")
    public Long campaignId;

    @Id
    @Column(name = "organization_id")
    public Long organizationId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id", insertable = false, updatable = false)
    public Organization organization;

    public int officers;
    public int pupils;
    public int students;
    public int teachers;
    public int parents;
}
