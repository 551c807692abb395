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
import java.util.List;
import vn.safeonline.org.Organization;

/** An organisation a campaign gives its wall to (the Youth Union, the Women's Union …): its people moderate the pledges. */
@Entity
@Table(name = "campaign_moderator")
@IdClass(CampaignModerator.Key.class)
public class CampaignModerator extends PanacheEntityBase {
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

    /** The campaign's moderating organisations, by name. */
    public static List<CampaignModerator> ofCampaign(long campaignId) {
        return CampaignModerator.<CampaignModerator>find("from CampaignModerator cm join fetch cm.organization o where cm.campaignId = ?1 order by o.name, o.id",
                campaignId).list();
    }

    /** Whether an organisation moderating the campaign's wall is this one or below it (the subtree prefix of {@code Organization.subtreePrefix}). */
    public static boolean anyWithin(long campaignId, long orgId, String subtreePrefix) {
        return count("select count(cm) from CampaignModerator cm join cm.organization o where cm.campaignId = ?1 and (o.id = ?2 or o.path like ?3)",
                campaignId, orgId, subtreePrefix + "%") > 0;
    }
}
