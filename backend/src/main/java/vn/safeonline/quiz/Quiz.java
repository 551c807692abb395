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
import org.hibernate.annotations.ColumnTransformer;
import vn.safeonline.common.Json;

/** A quiz built from the campaign's question bank. */
@Entity
@Table(name = "quiz")
public class Quiz extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_seq")
    @SequenceGenerator(name = "quiz_seq", sequenceName = "quiz_seq", allocationSize = 50)
    public Long id;
    /** The opaque id public pages name it by (never the database id); the database gives it on insert (new_public_id()). */
    @org.hibernate.annotations.Generated
    @Column(name = "public_id", insertable = false, updatable = false)
    public String publicId;
    @Column(name = "campaign_id")
    public long campaignId;
    public String title;
    @Column(name = "question_ids", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String questionIds = "[]";
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @PrePersist
    void stamp() {
        createdAt = BusinessClock.current().now();
    }

    public List<Long> questionIds() {
        return Json.read(questionIds, new TypeReference<List<Long>>() {
        });
    }

    public void questionIds(List<Long> v) {
        questionIds = Json.write(v);
    }

    /** The campaign's quizzes, oldest first. */
    public static List<Quiz> ofCampaign(long campaignId) {
        return list("campaignId = ?1 order by id", campaignId);
    }
}
