package vn.safeonline.task;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.safeonline.common.Text;
import vn.safeonline.org.Organization;
import vn.safeonline.plan.Plan;

/** A task of section III: a lead agency (chủ trì), cooperating agencies (phối hợp), text, due date, target. */
@Entity
@Table(name = "task")
public class Task extends vn.safeonline.common.Timestamped {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_seq")
    @SequenceGenerator(name = "task_seq", sequenceName = "task_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    public int position;
    public String label;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_org_id")
    public Organization leadOrg;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "task_cooperator", joinColumns = @JoinColumn(name = "task_id"),
            inverseJoinColumns = @JoinColumn(name = "organization_id"))
    public Set<Organization> cooperators = new LinkedHashSet<>();

    public String text;
    @Column(name = "text_search")
    String textSearch;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind")
    public TargetKind targetKind;
    @Column(name = "target_value")
    public BigDecimal targetValue;
    @Column(name = "target_unit")
    public String targetUnit;
    @Column(name = "target_scope")
    public String targetScope;


    @Version
    public int version;

    @PrePersist
    @PreUpdate
    void foldText() {
        textSearch = Text.fold(text);
    }
}
