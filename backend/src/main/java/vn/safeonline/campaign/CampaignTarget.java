package vn.safeonline.campaign;

import vn.safeonline.common.BusinessClock;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.core.type.TypeReference;
import org.hibernate.annotations.ColumnTransformer;
import vn.safeonline.common.Json;
import vn.safeonline.org.OrganizationType;

/** A target ties a task to an indicator over a scope of units and a window; its value is computed, never typed. */
@Entity
@Table(name = "campaign_target")
public class CampaignTarget extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_target_seq")
    @SequenceGenerator(name = "campaign_target_seq", sequenceName = "campaign_target_seq", allocationSize = 50)
    public Long id;

    @Column(name = "campaign_id")
    public long campaignId;
    @Column(name = "task_id")
    public Long taskId;
    public String name;
    @Enumerated(EnumType.STRING)
    public IndicatorKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type")
    public ActivityType activityType;
    @Enumerated(EnumType.STRING)
    public Audience audience;
    /** The kinds of units in scope (e.g. every school and education institution); empty: every unit of the campaign. */
    @Column(name = "unit_types", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String unitTypes = "[]";
    @Column(name = "from_date")
    public LocalDate from;
    @Column(name = "to_date")
    public LocalDate to;
    @Column(name = "min_reports")
    public int minReports = 1;
    @Column(name = "goal_percent")
    public BigDecimal goalPercent = BigDecimal.valueOf(100);
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public List<OrganizationType> unitTypes() {
        return Json.read(unitTypes, new TypeReference<List<OrganizationType>>() {
        });
    }

    public void unitTypes(List<OrganizationType> types) {
        unitTypes = Json.write(new ArrayList<>(new java.util.LinkedHashSet<>(types)));
    }

    /** Whether a unit of this kind is in the target's scope. */
    public boolean covers(OrganizationType type) {
        List<OrganizationType> types = unitTypes();
        return types.isEmpty() || types.contains(type);
    }

    @PrePersist
    void stamp() {
        createdAt = BusinessClock.current().now();
    }
}
