package vn.safeonline.task;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.ColumnTransformer;
import vn.safeonline.common.Json;
import vn.safeonline.org.Organization;
import vn.safeonline.user.AppUser;

/**
 * A report on a task: the lead agency's (its figure reached to date sets the task's progress) or a cooperating agency's
 * contribution (its own text, figure and evidence, kept in the task's history; it never sets the task's figure or status —
 * task_progress_at reads the lead's reports only). Reports are not edited.
 */
@Entity
@Table(name = "progress_report")
public class ProgressReport extends PanacheEntityBase {
    private static final TypeReference<List<String>> LINKS = new TypeReference<>() {
    };

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "progress_report_seq")
    @SequenceGenerator(name = "progress_report_seq", sequenceName = "progress_report_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id")
    public Task task;

    @Column(name = "report_date")
    public LocalDate reportDate;

    public BigDecimal value;
    public boolean done;
    /** a cooperating agency's contribution, not the lead's report (never done: progress_report_contribution_ck) */
    public boolean contribution;
    public String text;

    @Column(name = "evidence_links", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String evidenceLinksJson = "[]";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reported_by")
    public AppUser reportedBy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public List<String> evidenceLinks() {
        return Json.read(evidenceLinksJson, LINKS);
    }

    public void evidenceLinks(List<String> links) {
        evidenceLinksJson = Json.write(links == null ? List.of() : links);
    }
}
