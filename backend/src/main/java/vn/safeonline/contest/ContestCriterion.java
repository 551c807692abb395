package vn.safeonline.contest;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;

/** A judging criterion: its weight in the total and the highest score a judge may give. */
@Entity
@Table(name = "contest_criterion")
public class ContestCriterion extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contest_criterion_seq")
    @SequenceGenerator(name = "contest_criterion_seq", sequenceName = "contest_criterion_seq", allocationSize = 50)
    public Long id;
    @Column(name = "contest_id")
    public long contestId;
    public int position;
    public String name;
    public int weight;
    @Column(name = "max_score")
    public int maxScore;

    /** The contest's criteria in their order. */
    public static List<ContestCriterion> ofContest(long contestId) {
        return list("contestId = ?1 order by position", contestId);
    }
}
