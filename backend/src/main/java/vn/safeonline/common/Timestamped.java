package vn.safeonline.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.OffsetDateTime;

/** Entities that people edit: when they were created and last changed, stamped on write. */
@MappedSuperclass
public abstract class Timestamped extends PanacheEntityBase {
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @PrePersist
    void stampCreated() {
        createdAt = updatedAt = BusinessClock.current().now();
    }

    @PreUpdate
    void stampUpdated() {
        updatedAt = BusinessClock.current().now();
    }
}
