package vn.safeonline.attendeeimport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jakarta.persistence.Tuple;
import com.fasterxml.jackson.core.type.TypeReference;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import vn.safeonline.attendee.Attendee;
import vn.safeonline.attendee.AttendeeDtos.AttendeeInput;
import vn.safeonline.attendee.AttendeeRules;
import vn.safeonline.attendee.AttendeeStatus;
import vn.safeonline.attendeeimport.ImportDtos.ImportRowView;
import vn.safeonline.attendeeimport.ImportDtos.RowStatus;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.Json;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Problem.FieldError;
import vn.safeonline.common.ProblemType;
import vn.safeonline.common.Text;
import vn.safeonline.quota.InviteeCategory;
import vn.safeonline.quota.Quota;

/**
 * Spreadsheet import of attendees: the file is streamed row by row into import_row with a verdict
 * each (valid, invalid with the reason, duplicate, over quota), in batches with progress, and only a
 * confirmation creates attendees — one INSERT … SELECT under the quota's lock.
 */
@ApplicationScoped
public class AttendeeImportService {
    private static final Logger LOG = Logger.getLogger(AttendeeImportService.class);
    public static final int MAX_ROWS = 100_000;
    private static final int BATCH = 5000;
    private static final int MAX_CELL = 1000;

    /** The largest file accepted: 100,000 rows of a student list are about 15 MB. */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "app.import.max-bytes", defaultValue = "33554432")
    long maxBytes;

    @Inject
    EntityManager em;
    @Inject
    Validator validator;
    @Inject
    ManagedExecutor executor;

    /** Checks the file, records the job and parses it in the background. */
    public ImportJob start(Quota quota, long userId, String fileName, Path upload) {
        SpreadsheetRows.Format format;
        Path copy;
        try {
            long size = Files.size(upload);
            if (size == 0) throw new ApiException(ProblemType.UNPROCESSABLE, "Tệp rỗng");
            if (size > maxBytes) {
                throw new ApiException(ProblemType.FILE_TOO_LARGE, "Tệp tối đa " + maxBytes / (1024 * 1024) + " MB; hãy chia nhỏ danh sách");
            }
            format = SpreadsheetRows.sniff(upload, fileName);
            copy = Files.createTempFile("import-", format == SpreadsheetRows.Format.XLSX ? ".xlsx" : ".csv");
            Files.copy(upload, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportJob job = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob j = new ImportJob();
            j.quotaId = quota.id;
            j.userId = userId;
            String shown = Text.fileName(fileName); // idempotent: whoever calls, only the cleaned name is stored
            j.fileName = shown == null ? "danh-sach" : shown;
            j.status = ImportJob.Status.PARSING;
            j.persist();
            return j;
        });
        long jobId = job.id;
        executor.runAsync(() -> parse(jobId, copy, format));
        return job;
    }

    /** A judged row on its way to import_row. */
    private record StagedRow(int rowNumber, String status, String nameSearch, String phone, String key, String data, String messages) {
    }

    private record Context(long quotaId, long eventId, String ownerName, InviteeCategory category, Integer remaining,
                           Set<String> phones, Set<String> keys) {
    }

    private Context context(long quotaId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Quota q = Quota.<Quota>find("from Quota q join fetch q.category join fetch q.owner where q.id = ?1", quotaId).firstResult();
            Set<String> phones = new HashSet<>();
            Set<String> keys = new HashSet<>();
            List<jakarta.persistence.Tuple> rows = em.createQuery("select a.phoneNorm as phone, a.personKey as person from Attendee a"
                    + " where a.event.id = ?1 and a.status in ?2", jakarta.persistence.Tuple.class)
                    .setParameter(1, q.event.id).setParameter(2, List.of(AttendeeStatus.SUBMITTED, AttendeeStatus.CONFIRMED)).getResultList();
            for (jakarta.persistence.Tuple r : rows) {
                if (r.get("phone") != null) phones.add(r.get("phone", String.class));
                if (r.get("person") != null) keys.add(r.get("person", String.class));
            }
            return new Context(q.id, q.event.id, q.owner.name, q.category, AttendeeRules.remaining(q), phones, keys);
        });
    }

    void parse(long jobId, Path file, SpreadsheetRows.Format format) {
        try {
            ImportJob job = QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>findById(jobId));
            long t0 = System.nanoTime();
            Context ctx = context(job.quotaId);
            int total = SpreadsheetRows.count(file, format) - 1;
            long t1 = System.nanoTime();
            if (total > MAX_ROWS) {
                fail(jobId, "Tệp có " + total + " dòng, tối đa " + MAX_ROWS + " dòng một lần nhập");
                return;
            }
            progress(jobId, Math.max(total, 0), 0);
            try (SpreadsheetRows rows = SpreadsheetRows.open(file, format)) {
                if (!rows.hasNext()) {
                    fail(jobId, "Tệp không có dòng tiêu đề");
                    return;
                }
                String[] fields = ImportColumns.map(rows.next());
                if (!java.util.Arrays.asList(fields).contains("fullName")) {
                    fail(jobId, "Thiếu cột bắt buộc “Họ và tên”. Hãy dùng tệp mẫu: " + String.join(", ", ImportColumns.HEADERS.values()));
                    return;
                }
                Map<String, Integer> seenPhones = new HashMap<>();
                Map<String, Integer> seenKeys = new HashMap<>();
                int valid = 0;
                int rowNumber = 1;
                int processed = 0;
                List<StagedRow> batch = new ArrayList<>(BATCH);
                while (rows.hasNext()) {
                    List<String> cells = rows.next();
                    rowNumber++;
                    Map<String, String> values = new LinkedHashMap<>();
                    List<String> messages = new ArrayList<>();
                    boolean empty = true;
                    for (int i = 0; i < fields.length && i < cells.size(); i++) {
                        if (fields[i] == null) continue;
                        String v = cells.get(i);
                        if (v == null || v.isBlank()) continue;
                        empty = false;
                        if (v.startsWith(SpreadsheetRows.FORMULA) || (v.startsWith("=") && v.length() > 1)) {
                            messages.add(ImportColumns.HEADERS.get(fields[i]) + ": ô chứa công thức, không nhận công thức — hãy nhập giá trị");
                            continue;
                        }
                        if (v.length() > MAX_CELL) {
                            messages.add(ImportColumns.HEADERS.get(fields[i]) + ": quá " + MAX_CELL + " ký tự");
                            v = v.substring(0, MAX_CELL);
                        }
                        values.put(fields[i], Text.clean(v));
                    }
                    if (empty && messages.isEmpty()) continue; // blank lines are not rows
                    processed++;
                    Verdict verdict = judge(ctx, values, messages, seenPhones, seenKeys, rowNumber, valid);
                    if (verdict.status.equals("VALID")) valid++;
                    batch.add(new StagedRow(rowNumber, verdict.status, verdict.nameSearch, verdict.phone, verdict.key, Json.write(values), Json.write(verdict.messages)));
                    if (batch.size() == BATCH) {
                        write(jobId, batch, processed);
                        batch.clear();
                    }
                }
                write(jobId, batch, processed);
                finish(jobId, processed);
                LOG.infof("import %d: %d rows read, judged and staged in %d ms (of which reading the context and counting %d ms)", jobId,
                        processed, (System.nanoTime() - t0) / 1_000_000, (t1 - t0) / 1_000_000);
            }
        } catch (ApiException e) {
            fail(jobId, e.getMessage());
        } catch (Exception e) {
            LOG.warnf("import %d failed: %s", jobId, e.getClass().getSimpleName());
            fail(jobId, "Không đọc được tệp: tệp bị hỏng hoặc không phải bảng tính theo mẫu");
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temp file
            }
        }
    }

    record Verdict(String status, String nameSearch, String phone, String key, List<String> messages) {
    }

    /** One row's verdict, by the same rules as the form and the API. */
    Verdict judge(Context ctx, Map<String, String> values, List<String> messages, Map<String, Integer> seenPhones,
                  Map<String, Integer> seenKeys, int rowNumber, int validSoFar) {
        Boolean difficult = null;
        String flag = values.get("difficultCircumstances");
        if (flag != null) {
            String f = Text.fold(flag);
            if (List.of("x", "co", "1", "true", "yes").contains(f)) difficult = true;
            else if (List.of("khong", "0", "false", "no").contains(f)) difficult = false;
            else messages.add("Hoàn cảnh khó khăn: ghi “x” hoặc “có”, để trống nếu không");
        }
        AttendeeInput input = new AttendeeInput(values.get("fullName"), values.get("position"), values.get("unit"), values.get("phone"),
                values.get("email"), null, values.get("school"), values.get("grade"), values.get("guardianName"), values.get("guardianPhone"), difficult);
        for (FieldError e : AttendeeRules.check(validator, input, ctx.category())) {
            messages.add(ImportColumns.HEADERS.getOrDefault(e.field(), e.field()) + ": " + e.message());
        }
        String nameSearch = Text.fold(input.fullName());
        String phone = Attendee.normalisePhone(input.phone());
        String key = Attendee.personKey(input.fullName(), input.unit(), ctx.ownerName());
        if (!messages.isEmpty()) return new Verdict("INVALID", nameSearch, phone, key, messages);
        String status = "VALID";
        if (phone != null && ctx.phones().contains(phone)) {
            messages.add("Trùng số điện thoại với một đại biểu đã có trong danh sách của sự kiện");
            status = "DUPLICATE";
        } else if (ctx.keys().contains(key)) {
            messages.add("Trùng họ tên và đơn vị với một đại biểu đã có trong danh sách của sự kiện");
            status = "DUPLICATE";
        } else if (phone != null && seenPhones.containsKey(phone)) {
            messages.add("Trùng số điện thoại với dòng " + seenPhones.get(phone));
            status = "DUPLICATE";
        } else if (seenKeys.containsKey(key)) {
            messages.add("Trùng họ tên và đơn vị với dòng " + seenKeys.get(key));
            status = "DUPLICATE";
        } else if (ctx.remaining() != null && validSoFar >= ctx.remaining()) {
            messages.add("Vượt chỉ tiêu: chỉ còn " + ctx.remaining() + " chỗ");
            status = "OVER_QUOTA";
        }
        if (phone != null) seenPhones.putIfAbsent(phone, rowNumber);
        seenKeys.putIfAbsent(key, rowNumber);
        return new Verdict(status, nameSearch, phone, key, messages);
    }

    /** Appends the rows to the staging table with COPY (text format) and records the progress, in one transaction. */
    private void write(long jobId, List<StagedRow> batch, int processed) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (!batch.isEmpty()) {
                StringBuilder text = new StringBuilder(batch.size() * 400);
                for (StagedRow r : batch) {
                    text.append(jobId).append('\t').append(r.rowNumber()).append('\t');
                    copyField(text, r.status(), 12).append('\t');
                    copyField(text, r.nameSearch(), 200).append('\t');
                    copyField(text, r.phone(), 20).append('\t');
                    copyField(text, r.key(), 600).append('\t');
                    copyField(text, r.data(), Integer.MAX_VALUE).append('\t');
                    copyField(text, r.messages(), Integer.MAX_VALUE).append('\n');
                }
                em.unwrap(Session.class).doWork(conn -> {
                    try {
                        conn.unwrap(PGConnection.class).getCopyAPI().copyIn("copy import_row (job_id, row_number, status, name_search,"
                                + " phone_norm, dedupe_key, data, messages) from stdin", new StringReader(text.toString()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            em.createQuery("update ImportJob j set j.processedRows = ?1 where j.id = ?2").setParameter(1, processed).setParameter(2, jobId).executeUpdate();
        });
    }

    /** A value in COPY's text format: \N for null, with backslash, tab and line breaks escaped. */
    private static StringBuilder copyField(StringBuilder out, String value, int max) {
        if (value == null) return out.append("\\N");
        String v = trim(value, max);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\0' -> { } // PostgreSQL text holds no NUL
                default -> out.append(c);
            }
        }
        return out;
    }

    private static String trim(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private void progress(long jobId, int total, int processed) {
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("update ImportJob j set j.totalRows = ?1, j.processedRows = ?2 where j.id = ?3")
                .setParameter(1, total).setParameter(2, processed).setParameter(3, jobId).executeUpdate());
    }

    private void finish(long jobId, int processed) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = ImportJob.findById(jobId);
            job.totalRows = processed;
            job.processedRows = processed;
            recount(job);
            job.status = ImportJob.Status.READY;
        });
    }

    void recount(ImportJob job) {
        Map<String, Long> counts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select status, count(*) as n from import_row where job_id = ?1 group by status", Tuple.class)
                .setParameter(1, job.id).getResultList();
        rows.forEach(r -> counts.put(r.get("status", String.class), r.get("n", Number.class).longValue()));
        job.validRows = counts.getOrDefault("VALID", 0L).intValue();
        job.invalidRows = counts.getOrDefault("INVALID", 0L).intValue();
        job.duplicateRows = counts.getOrDefault("DUPLICATE", 0L).intValue();
        job.overQuotaRows = counts.getOrDefault("OVER_QUOTA", 0L).intValue();
    }

    private void fail(long jobId, String message) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = ImportJob.findById(jobId);
            job.status = ImportJob.Status.FAILED;
            job.error = message.length() > 1000 ? message.substring(0, 1000) : message;
        });
    }

    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> MESSAGES = new TypeReference<>() {
    };

    /** A page of a job's rows in file order, optionally of one status. */
    public PageResponse<ImportRowView> rows(long jobId, RowStatus status, PageParams page) {
        String where = "job_id = ?1" + (status == null ? "" : " and status = ?2");
        var count = em.createNativeQuery("select count(*) from import_row where " + where).setParameter(1, jobId);
        var select = em.createNativeQuery("select row_number, status, data::text as data, messages::text as messages from import_row where " + where
                + " order by row_number limit " + page.size + " offset " + page.offset(), Tuple.class).setParameter(1, jobId);
        if (status != null) {
            count.setParameter(2, status.name());
            select.setParameter(2, status.name());
        }
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Tuple> rows = select.getResultList();
        return new PageResponse<>(rows.stream().map(AttendeeImportService::rowView).toList(), page.page, page.size, total);
    }

    /** One row of a job as it stands. */
    public ImportRowView row(long jobId, int rowNumber) {
        return rowView((Tuple) em.createNativeQuery("select row_number, status, data::text as data, messages::text as messages from import_row"
                + " where job_id = ?1 and row_number = ?2", Tuple.class).setParameter(1, jobId).setParameter(2, rowNumber).getSingleResult());
    }

    private static ImportRowView rowView(Tuple r) {
        return new ImportRowView(r.get("row_number", Number.class).intValue(), RowStatus.valueOf(r.get("status", String.class)),
                Json.read(r.get("data", String.class), VALUES), Json.read(r.get("messages", String.class), MESSAGES));
    }

    /** Re-judges a refused row the officer corrected in place. Runs in the caller's transaction. */
    public void revise(ImportJob job, int rowNumber, Map<String, String> values) {
        if (job.status != ImportJob.Status.READY) throw new ApiException(ProblemType.INVALID_TRANSITION, "Bản nhập không còn sửa được");
        int exists = ((Number) em.createNativeQuery("select count(*) from import_row where job_id = ?1 and row_number = ?2")
                .setParameter(1, job.id).setParameter(2, rowNumber).getSingleResult()).intValue();
        if (exists == 0) throw ApiException.notFound("Dòng", rowNumber);
        Context ctx = context(job.quotaId);
        Map<String, Integer> seenPhones = new HashMap<>();
        Map<String, Integer> seenKeys = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Tuple> others = em.createNativeQuery("select row_number, phone_norm, dedupe_key from import_row"
                + " where job_id = ?1 and row_number <> ?2 and status in ('VALID','OVER_QUOTA')", Tuple.class).setParameter(1, job.id).setParameter(2, rowNumber)
                .getResultList();
        for (Tuple o : others) {
            int other = o.get("row_number", Number.class).intValue();
            if (o.get("phone_norm") != null) seenPhones.putIfAbsent(o.get("phone_norm", String.class), other);
            if (o.get("dedupe_key") != null) seenKeys.putIfAbsent(o.get("dedupe_key", String.class), other);
        }
        Map<String, String> clean = new LinkedHashMap<>();
        List<String> messages = new ArrayList<>();
        values.forEach((k, v) -> {
            if (!ImportColumns.HEADERS.containsKey(k) || v == null || v.isBlank()) return;
            if (v.startsWith("=")) messages.add(ImportColumns.HEADERS.get(k) + ": không nhận công thức");
            else clean.put(k, Text.clean(v.length() > MAX_CELL ? v.substring(0, MAX_CELL) : v));
        });
        int validOthers = ((Number) em.createNativeQuery("select count(*) from import_row where job_id = ?1 and row_number <> ?2 and status = 'VALID'")
                .setParameter(1, job.id).setParameter(2, rowNumber).getSingleResult()).intValue();
        Verdict v = judge(ctx, clean, messages, seenPhones, seenKeys, rowNumber, validOthers);
        em.createNativeQuery("update import_row set status = ?1, name_search = ?2, phone_norm = ?3, dedupe_key = ?4, data = cast(?5 as jsonb),"
                        + " messages = cast(?6 as jsonb) where job_id = ?7 and row_number = ?8")
                .setParameter(1, v.status()).setParameter(2, trim(v.nameSearch(), 200)).setParameter(3, trim(v.phone(), 20))
                .setParameter(4, trim(v.key(), 600)).setParameter(5, Json.write(clean)).setParameter(6, Json.write(v.messages()))
                .setParameter(7, job.id).setParameter(8, rowNumber).executeUpdate();
        recount(job);
    }

    /** Creates the valid rows' attendees; the caller holds the quota's lock and has checked the rules. */
    public int commit(ImportJob job, Quota q, long userId) {
        em.lock(job, LockModeType.PESSIMISTIC_WRITE);
        if (job.status != ImportJob.Status.READY) {
            throw new ApiException(ProblemType.INVALID_TRANSITION, job.status == ImportJob.Status.COMMITTED
                    ? "Bản nhập này đã được xác nhận" : "Bản nhập chưa sẵn sàng (" + job.status + ")");
        }
        long t0 = System.nanoTime();
        // someone may have added the same people since the file was read
        em.createNativeQuery("update import_row r set status = 'DUPLICATE', messages = '[\"Trùng với đại biểu vừa được thêm\"]'::jsonb"
                        + " where r.job_id = ?1 and r.status = 'VALID' and (exists (select 1 from attendee a where a.event_id = ?2"
                        + "   and a.phone_norm = r.phone_norm and a.status in ('SUBMITTED','CONFIRMED'))"
                        + " or exists (select 1 from attendee a where a.event_id = ?2 and a.person_key = r.dedupe_key"
                        + "   and a.status in ('SUBMITTED','CONFIRMED')))")
                .setParameter(1, job.id).setParameter(2, q.event.id).executeUpdate();
        recount(job);
        long t1 = System.nanoTime();
        AttendeeRules.requireRoom(q, job.validRows);
        Long venue = (Long) em.createQuery("select v.id from Venue v where v.event = ?1 and v.main = true").setParameter(1, q.event)
                .getResultStream().findFirst().orElse(null);
        vn.safeonline.event.Venue.requireSeats(venue, job.validRows);
        int created = em.createNativeQuery("insert into attendee (id, quota_id, event_id, venue_id, full_name, name_search, person_key, position, unit, phone,"
                        + " phone_norm, email, school, grade, guardian_name, guardian_phone, difficult_circumstances, status, invitation_token,"
                        + " submitted_by, created_at, updated_at, version)"
                        + " select nextval('attendee_seq'), ?1, ?2, ?3, r.data->>'fullName', r.name_search, r.dedupe_key, r.data->>'position', r.data->>'unit',"
                        + " r.data->>'phone', r.phone_norm, r.data->>'email', r.data->>'school', r.data->>'grade', r.data->>'guardianName',"
                        + " r.data->>'guardianPhone', case when r.data->>'difficultCircumstances' is null then null"
                        + "   else lower(r.data->>'difficultCircumstances') in ('x','có','co','1','true','yes') end,"
                        + " 'SUBMITTED', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), ?4, now(), now(), 0"
                        + " from import_row r where r.job_id = ?5 and r.status = 'VALID' order by r.row_number")
                .setParameter(1, q.id).setParameter(2, q.event.id).setParameter(3, venue).setParameter(4, userId).setParameter(5, job.id)
                .executeUpdate();
        job.status = ImportJob.Status.COMMITTED;
        job.createdCount = created;
        LOG.infof("import %d: committed %d attendees in %d ms (re-check of duplicates %d ms)", job.id, created,
                (System.nanoTime() - t0) / 1_000_000, (t1 - t0) / 1_000_000);
        return created;
    }
}
