package vn.safeonline.campaign;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.ColumnTransformer;
import vn.safeonline.campaign.CampaignDtos.Material;
import vn.safeonline.common.Json;
import vn.safeonline.common.Timestamped;
import vn.safeonline.plan.Plan;

/** A plan's campaign: what units carry out, report and are measured on. */
@Entity
@Table(name = "campaign")
public class Campaign extends Timestamped {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_seq")
    @SequenceGenerator(name = "campaign_seq", sequenceName = "campaign_seq", allocationSize = 50)
    public Long id;
    /** The opaque id public pages name it by (never the database id); the database gives it on insert (new_public_id()). */
    @org.hibernate.annotations.Generated
    @Column(name = "public_id", insertable = false, updatable = false)
    public String publicId;

    @Column(name = "tenant_id")
    public long tenantId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    public String name;
    @Column(name = "starts_on")
    public LocalDate startsOn;
    @Column(name = "ends_on")
    public LocalDate endsOn;
    public String organisers;
    @Column(name = "direct_audience")
    public String directAudience;
    @Column(name = "indirect_audience")
    public String indirectAudience;
    @Column(name = "trailer_url")
    public String trailerUrl;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String slogans = "[]";
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String hashtags = "[]";
    @Column(name = "key_messages", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String keyMessages = "[]";
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String materials = "[]";
    @Column(name = "pledge_templates", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String pledgeTemplates = "[]";

    /** The frame PNG; loaded only when served. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "frame_png")
    public byte[] framePng;
    @Column(name = "frame_uploaded_at")
    public OffsetDateTime frameUploadedAt;

    @Version
    public int version;

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<Material>> MATERIALS = new TypeReference<>() {
    };

    public List<String> slogans() {
        return Json.read(slogans, STRINGS);
    }

    public void slogans(List<String> v) {
        slogans = Json.write(v);
    }

    public List<String> hashtags() {
        return Json.read(hashtags, STRINGS);
    }

    public void hashtags(List<String> v) {
        hashtags = Json.write(v);
    }

    public List<String> keyMessages() {
        return Json.read(keyMessages, STRINGS);
    }

    public void keyMessages(List<String> v) {
        keyMessages = Json.write(v);
    }

    public List<Material> materials() {
        return Json.read(materials, MATERIALS);
    }

    public void materials(List<Material> v) {
        materials = Json.write(v);
    }

    public List<String> pledgeTemplates() {
        return Json.read(pledgeTemplates, STRINGS);
    }

    public void pledgeTemplates(List<String> v) {
        pledgeTemplates = Json.write(v);
    }

    public boolean hasFrame() {
        return frameUploadedAt != null;
    }
}
