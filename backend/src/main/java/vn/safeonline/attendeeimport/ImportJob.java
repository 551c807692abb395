package vn.safeonline.attendeeimport;

import vn.safeonline.common.BusinessClock;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** One spreadsheet import for a quota: parsed rows wait in import_row until the officer confirms. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {
    public enum Status { PARSING, READY, COMMITTED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_job_seq")
    @SequenceGenerator(name = "import_job_seq", sequenceName = "import_job_seq", allocationSize = 50)
    public Long id;

    @Column(name = "quota_id")
    public long quotaId;
    @Column(name = "user_id")
    public long userId;
    @Column(name = "file_name")
    public String fileName;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;
    @Column(name = "total_rows")
    public Integer totalRows;
    @Column(name = "processed_rows")
    public int processedRows;
    @Column(name = "valid_rows")
    public int validRows;
    @Column(name = "invalid_rows")
    public int invalidRows;
    @Column(name = "duplicate_rows")
    public int duplicateRows;
    @Column(name = "over_quota_rows")
    public int overQuotaRows;
    @Column(name = "created_count")
    public Integer createdCount;
    public String error;
    @Column(name = "created_at")
    public OffsetDateTime createdAt = BusinessClock.current().now();
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = BusinessClock.current().now();
    @Version
    public int version;

    @PreUpdate
    void touch() {
        updatedAt = BusinessClock.current().now();
    }
}
