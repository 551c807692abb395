package vn.safeonline.contest;

import vn.safeonline.common.BusinessClock;
import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.ColumnTransformer;
import vn.safeonline.common.Json;

/** A contest of a campaign: categories, a submission window, weighted criteria and judges. */
@Entity
@Table(name = "contest")
public class Contest extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contest_seq")
    @SequenceGenerator(name = "contest_seq", sequenceName = "contest_seq", allocationSize = 50)
    public Long id;
    /** The opaque id public pages name it by (never the database id); the database gives it on insert (new_public_id()). */
    @org.hibernate.annotations.Generated
    @Column(name = "public_id", insertable = false, updatable = false)
    public String publicId;
    @Column(name = "campaign_id")
    public long campaignId;
    public String title;
    public String description;
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String categories = "[]";
    @Column(name = "opens_at")
    public OffsetDateTime opensAt;
    @Column(name = "closes_at")
    public OffsetDateTime closesAt;
    @Column(name = "judges_per_entry")
    public int judgesPerEntry;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Column(name = "published_by")
    public Long publishedBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public int version;

    @PrePersist
    @PreUpdate
    void stamp() {
        updatedAt = BusinessClock.current().now();
        if (createdAt == null) createdAt = updatedAt;
    }

    public List<ContestCategory> categories() {
        return Json.read(categories, new TypeReference<List<ContestCategory>>() {
        });
    }

    public void categories(List<ContestCategory> v) {
        categories = Json.write(v);
    }

    public boolean isOpen(OffsetDateTime at) {
        return !at.isBefore(opensAt) && at.isBefore(closesAt);
    }

    public boolean published() {
        return publishedAt != null;
    }

    /** The campaign's contests, by opening. */
    public static List<Contest> ofCampaign(long campaignId) {
        return list("campaignId = ?1 order by opensAt, id", campaignId);
    }
}
