package vn.safeonline.quiz;

import vn.safeonline.common.BusinessClock;
import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import org.hibernate.annotations.ColumnTransformer;
import vn.safeonline.common.Json;

/** A multiple-choice question of a campaign's bank, with the explanation shown after answering. */
@Entity
@Table(name = "quiz_question")
public class QuizQuestion extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_question_seq")
    @SequenceGenerator(name = "quiz_question_seq", sequenceName = "quiz_question_seq", allocationSize = 50)
    public Long id;
    @Column(name = "campaign_id")
    public long campaignId;
    public String text;
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String options = "[]";
    @Column(name = "correct_index")
    public int correctIndex;
    public String explanation;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @PrePersist
    void stamp() {
        createdAt = BusinessClock.current().now();
    }

    public List<String> options() {
        return Json.read(options, new TypeReference<List<String>>() {
        });
    }

    public void options(List<String> v) {
        options = Json.write(v);
    }

    /** The campaign's question bank, oldest first. */
    public static List<QuizQuestion> ofCampaign(long campaignId) {
        return list("campaignId = ?1 order by id", campaignId);
    }

    /** How many of these ids are questions of the campaign's bank. */
    public static long countInCampaign(long campaignId, List<Long> ids) {
        return count("campaignId = ?1 and id in ?2", campaignId, ids);
    }

    /** The quiz's questions in the quiz's order (a question since removed from the bank is left out). */
    public static List<QuizQuestion> of(Quiz quiz) {
        Map<Long, QuizQuestion> byId = new HashMap<>();
        QuizQuestion.<QuizQuestion>list("id in ?1", quiz.questionIds()).forEach(q -> byId.put(q.id, q));
        return quiz.questionIds().stream().map(byId::get).filter(q -> q != null).toList();
    }
}
