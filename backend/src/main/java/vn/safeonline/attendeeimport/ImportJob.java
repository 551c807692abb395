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

    /** A spreadsheet row kept from an import of a quota that holds one person: what an erasure request exports and strips. */
    public record PersonRow(long jobId, int rowNumber, String fileName, OffsetDateTime importedAt, String status,
                            java.util.Map<String, String> values) {
    }

    private static final com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, String>> VALUES = new com.fasterxml.jackson.core.type.TypeReference<>() {
    };

    /** The rows of a quota's imports that hold this person (the same folded name or the same phone), not yet anonymised. */
    public static java.util.List<PersonRow> rowsOfPerson(long quotaId, String nameSearch, String phoneNorm) {
        @SuppressWarnings("unchecked")
        java.util.List<jakarta.persistence.Tuple> rows = getEntityManager().createNativeQuery("select r.job_id, r.row_number, j.file_name,"
                        + " j.created_at, r.status, r.data::text as data from import_row r join import_job j on j.id = r.job_id"
                        + " where j.quota_id = ?1 and r.anonymised_at is null and (r.name_search = ?2 or r.phone_norm = ?3)"
                        + " order by r.job_id, r.row_number", jakarta.persistence.Tuple.class)
                .setParameter(1, quotaId).setParameter(2, nameSearch).setParameter(3, phoneNorm).getResultList();
        return rows.stream().map(r -> new PersonRow(r.get("job_id", Number.class).longValue(), r.get("row_number", Number.class).intValue(),
                r.get("file_name", String.class), vn.safeonline.common.SqlValues.offsetDateTime(r.get("created_at")), r.get("status", String.class),
                vn.safeonline.common.Json.read(r.get("data", String.class), VALUES))).toList();
    }

    /** Strips these rows' personal columns now (SQL anonymise_import_rows, the one rule); returns how many changed. */
    public static int anonymiseRows(java.util.List<PersonRow> rows, OffsetDateTime at) {
        if (rows.isEmpty()) return 0;
        return ((Number) getEntityManager().createNativeQuery("select anonymise_import_rows(cast(?1 as bigint[]), cast(?2 as int[]), ?3)")
                .setParameter(1, rows.stream().map(PersonRow::jobId).toArray(Long[]::new))
                .setParameter(2, rows.stream().map(PersonRow::rowNumber).toArray(Integer[]::new))
                .setParameter(3, at).getSingleResult()).intValue();
    }
}
