package vn.safeonline.attendeeimport;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.Map;
import vn.safeonline.attendeeimport.ImportDtos.ImportJobView;
import vn.safeonline.attendeeimport.ImportDtos.ImportRowView;
import vn.safeonline.attendeeimport.ImportDtos.RowStatus;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.ProblemType;
import vn.safeonline.quota.Quota;
import vn.safeonline.quota.QuotaService;

/**
 * Who imports what: an officer of the quota's owner uploads, reads the row-by-row report, corrects refused rows and
 * confirms, before the deadline. The parsing and the staged rows are {@link AttendeeImportService}'s.
 */
@RequestScoped
public class ImportService {
    @Inject
    QuotaService quotas;
    @Inject
    AttendeeImportService imports;
    @Inject
    CurrentUser me;
    @Inject
    AuditLog audit;
    @Inject
    BusinessClock clock;
    @Inject
    vn.safeonline.minors.MinorsData minors;

    /** The job, or 404 unless the caller's organisation owns its quota. */
    private ImportJob job(long id) {
        ImportJob j = ImportJob.findById(id);
        if (j == null) throw ApiException.notFound("Bản nhập", id);
        Quota q = quotas.find(j.quotaId);
        if (!me.org().id.equals(q.owner.id)) throw ApiException.notFound("Bản nhập", id);
        return j;
    }

    /** Starts parsing an uploaded file for one of the caller's organisation's quotas (upload null: none was sent). */
    public ImportJobView upload(long quotaId, Path upload, String fileName) {
        Quota q = quotas.find(quotaId);
        if (!me.org().id.equals(q.owner.id)) throw ApiException.forbidden("Chỉ cán bộ của " + q.owner.name + " nhập danh sách cho chỉ tiêu này");
        if (upload == null) throw ApiException.field("file", "Required", "Chọn tệp .xlsx hoặc .csv");
        if (q.locked(clock.now())) throw new ApiException(ProblemType.DEADLINE_PASSED, "Đã quá hạn gửi danh sách cho chỉ tiêu này");
        return ImportJobView.of(imports.start(q, me.user().id, fileName, upload));
    }

    public ImportJobView get(long id) {
        return ImportJobView.of(job(id));
    }

    /** The rows as read from the file: for the owner only (job); rows of pupils are a read of children's data, audited as MinorsData asks. */
    public PageResponse<ImportRowView> rows(long id, RowStatus status, PageParams page) {
        ImportJob j = job(id);
        PageResponse<ImportRowView> rows = imports.rows(j.id, status, page);
        if (quotas.find(j.quotaId).category.minors) {
            minors.readUnmasked("import_job", j.id, rows.items().stream().map(r -> (long) r.rowNumber()).toList(), "rows:phone,email,guardian,circumstances");
        }
        return rows;
    }

    /** Corrects a row in place; it is judged again. */
    @Transactional
    public ImportRowView revise(long id, int rowNumber, Map<String, String> values) {
        ImportJob j = job(id);
        imports.revise(j, rowNumber, values);
        return imports.row(j.id, rowNumber);
    }

    /** Creates the valid rows' attendees under the quota's lock, before its deadline; all or nothing. */
    @Transactional
    public ImportJobView commit(long id) {
        ImportJob j = job(id);
        Quota q = quotas.lockForSubmission(j.quotaId);
        if (q.locked(clock.now())) throw new ApiException(ProblemType.DEADLINE_PASSED, "Đã quá hạn gửi danh sách cho chỉ tiêu này");
        int created = imports.commit(j, q, me.user().id);
        audit.record("IMPORT", "quota", q.id, null, Map.of("importId", j.id, "created", created, "file", j.fileName));
        return ImportJobView.of(j);
    }
}
