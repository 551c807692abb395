package vn.safeonline.retention;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.safeonline.attendee.Attendee;
import vn.safeonline.attendeeimport.ImportJob;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.campaign.Campaign;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Role;
import vn.safeonline.common.Text;
import vn.safeonline.contest.Contest;
import vn.safeonline.contest.ContestEntry;
import vn.safeonline.minors.MinorsData;
import vn.safeonline.org.Organization;
import vn.safeonline.pledge.Pledge;
import vn.safeonline.retention.PrivacyDtos.AttendeeData;
import vn.safeonline.retention.PrivacyDtos.EntryData;
import vn.safeonline.retention.PrivacyDtos.ErasureReceipt;
import vn.safeonline.retention.PrivacyDtos.Export;
import vn.safeonline.retention.PrivacyDtos.ImportRowData;
import vn.safeonline.retention.PrivacyDtos.PersonRecord;
import vn.safeonline.retention.PrivacyDtos.PledgeData;
import vn.safeonline.retention.PrivacyDtos.RecordKind;
import vn.safeonline.retention.PrivacyDtos.RecordRef;
import vn.safeonline.retention.PrivacyDtos.RecordsInput;

/**
 * One person's data on request: found, exported and erased (anonymised now) by a coordinator of the organisation that
 * holds the person's relationship — the organisation that submitted the delegate (the quota's owner), the school of the
 * contest entry, the unit a pledge was signed for. Anyone else gets 404 for the record. The audit log keeps who did it,
 * when, and which records of which kinds; never the data.
 */
@RequestScoped
public class PrivacyService {
    @Inject
    CurrentUser me;
    @Inject
    AuditLog audit;
    @Inject
    BusinessClock clock;
    @Inject
    MinorsData minors;

    /** The caller coordinates the organisation holding the child's relationship (MinorsData's holder, the one rule). */
    boolean holds(Organization holder) {
        return holder != null && me.has(Role.COORDINATOR) && minors.sees(MinorsData.Relationship.heldBy(holder));
    }

    /** The records the caller's organisation holds that match every criterion given (name ignoring diacritics, phone, entry code). */
    public PageResponse<PersonRecord> search(String name, String phone, String reference, PageParams page) {
        String folded = name == null || name.isBlank() ? null : Text.fold(name);
        String phoneNorm = phone == null || phone.isBlank() ? null : Attendee.normalisePhone(phone);
        String ref = reference == null || reference.isBlank() ? null : reference.trim().toUpperCase(Locale.ROOT);
        if (folded == null && phoneNorm == null && ref == null) {
            throw ApiException.field("name", "Required", "Cần họ tên, số điện thoại hoặc mã bài dự thi để tìm");
        }
        if (folded != null && folded.length() < 2) throw ApiException.field("name", "TooShort", "Họ tên cần ít nhất 2 ký tự");
        if (phone != null && !phone.isBlank() && phoneNorm == null) throw ApiException.field("phone", "Invalid", "Số điện thoại không hợp lệ");
        List<PersonRecord> found = new ArrayList<>();
        if (me.has(Role.COORDINATOR)) {
            long org = me.org().id;
            if (ref == null) found.addAll(attendeesMatching(org, folded, phoneNorm));
            found.addAll(entriesMatching(org, folded, phoneNorm, ref));
            if (ref == null && phoneNorm == null) found.addAll(pledgesMatching(org, folded));
        }
        found.sort(Comparator.comparing(PersonRecord::kind).thenComparing(PersonRecord::id));
        int from = Math.min(page.offset(), found.size());
        List<PersonRecord> items = found.subList(from, Math.min(from + page.size, found.size()));
        if (!items.isEmpty()) audit.recordRead("person", null, Map.of("records", refs(items)));
        return new PageResponse<>(List.copyOf(items), page.page, page.size, found.size());
    }

    /** Delegates the organisation submitted (it owns their quota): the name in the folded search column, the phone theirs or their guardian's. */
    private static List<PersonRecord> attendeesMatching(long org, String folded, String phoneNorm) {
        Map<String, Object> params = new HashMap<>();
        params.put("org", org);
        String where = "q.owner.id = :org and a.anonymisedAt is null";
        if (folded != null) {
            where += " and " + vn.safeonline.common.Search.words(folded).where("a.nameSearch", "name", params);
        }
        List<PersonRecord> out = new ArrayList<>();
        for (Attendee a : Attendee.<Attendee>find("from Attendee a join fetch a.quota q join fetch a.event e where " + where, params).list()) {
            if (phoneNorm != null && !phoneNorm.equals(a.phoneNorm) && !phoneNorm.equals(Attendee.normalisePhone(a.guardianPhone))) continue;
            out.add(new PersonRecord(RecordKind.ATTENDEE, a.id, a.fullName, a.event.title, a.school, a.grade, null, a.createdAt));
        }
        return out;
    }

    /** Entries of the organisation's school: the pupil's name, the guardian's phone, the receipt code. */
    private static List<PersonRecord> entriesMatching(long org, String folded, String phoneNorm, String ref) {
        List<ContestEntry> entries = ref == null
                ? ContestEntry.list("from ContestEntry e join fetch e.school s where s.id = ?1 and e.anonymisedAt is null", org)
                : ContestEntry.list("from ContestEntry e join fetch e.school s where s.id = ?1 and e.anonymisedAt is null and e.reference = ?2", org, ref);
        Map<Long, String> contests = new HashMap<>();
        List<PersonRecord> out = new ArrayList<>();
        for (ContestEntry e : entries) {
            if (folded != null && !Text.fold(e.pupilName).contains(folded)) continue;
            if (phoneNorm != null && !phoneNorm.equals(Attendee.normalisePhone(e.guardianPhone))) continue;
            out.add(new PersonRecord(RecordKind.CONTEST_ENTRY, e.id, e.pupilName, contestTitle(contests, e.contestId), e.school.name,
                    e.grade == null ? null : e.grade.toString(), e.reference, e.createdAt));
        }
        return out;
    }

    /** Pledges signed for the organisation (its unit code): the display name. */
    private static List<PersonRecord> pledgesMatching(long org, String folded) {
        Map<Long, String> campaigns = new HashMap<>();
        List<PersonRecord> out = new ArrayList<>();
        for (Pledge p : Pledge.<Pledge>list("from Pledge p join fetch p.organization o where o.id = ?1 and p.anonymisedAt is null", org)) {
            if (!Text.fold(p.displayName).contains(folded)) continue;
            out.add(new PersonRecord(RecordKind.PLEDGE, p.id, p.displayName, campaignName(campaigns, p.campaignId), p.organization.name, null, null, p.createdAt));
        }
        return out;
    }

    private static List<String> refs(List<PersonRecord> items) {
        return items.stream().map(r -> r.kind() + ":" + r.id()).toList();
    }

    /** The records asked for, each held by the caller's organisation; 404 for the first that is not. */
    private record Resolved(List<Attendee> attendees, List<ContestEntry> entries, List<Pledge> pledges, List<RecordRef> refs) {
        Set<RecordKind> kinds() {
            Set<RecordKind> k = new LinkedHashSet<>();
            refs.forEach(r -> k.add(r.kind()));
            return k;
        }

        List<String> ids() {
            return refs.stream().map(r -> r.kind() + ":" + r.id()).toList();
        }
    }

    private Resolved resolve(RecordsInput in) {
        List<Attendee> attendees = new ArrayList<>();
        List<ContestEntry> entries = new ArrayList<>();
        List<Pledge> pledges = new ArrayList<>();
        List<RecordRef> refs = in.records().stream().filter(Objects::nonNull).distinct().toList();
        for (RecordRef r : refs) {
            switch (r.kind()) {
                case ATTENDEE -> {
                    Attendee a = Attendee.<Attendee>find("from Attendee a join fetch a.quota q join fetch q.owner join fetch q.category"
                            + " join fetch a.event left join fetch a.venue where a.id = ?1", r.id()).firstResult();
                    if (a == null || !holds(a.quota.owner)) throw ApiException.notFound("Đại biểu", r.id());
                    attendees.add(a);
                }
                case CONTEST_ENTRY -> {
                    ContestEntry e = ContestEntry.findWithSchool(r.id());
                    if (e == null || !holds(e.school)) throw ApiException.notFound("Bài dự thi", r.id());
                    entries.add(e);
                }
                case PLEDGE -> {
                    Pledge p = Pledge.findWithUnit(r.id()).orElse(null);
                    if (p == null || !holds(p.organization)) throw ApiException.notFound("Lời cam kết", r.id());
                    pledges.add(p);
                }
            }
        }
        return new Resolved(attendees, entries, pledges, refs);
    }

    /** The spreadsheet rows of these delegates' quotas that hold them (their name or phone), once each. */
    private static List<ImportJob.PersonRow> importRows(List<Attendee> attendees) {
        Map<String, ImportJob.PersonRow> rows = new LinkedHashMap<>();
        for (Attendee a : attendees) {
            if (a.anonymisedAt != null) continue;
            for (ImportJob.PersonRow r : ImportJob.rowsOfPerson(a.quota.id, a.nameKey(), a.phoneNorm)) rows.putIfAbsent(r.jobId() + "/" + r.rowNumber(), r);
        }
        return new ArrayList<>(rows.values());
    }

    /** Everything held in these records, as JSON; the export is audited (which records, not their data). */
    @Transactional
    public Export export(RecordsInput in) {
        Resolved r = resolve(in);
        Map<Long, OffsetDateTime> checkedIn = Attendee.checkedInAt(r.attendees().stream().map(a -> a.id).toList());
        List<AttendeeData> attendees = r.attendees().stream().map(a -> new AttendeeData(a.id, a.event.id, a.event.title, a.quota.category.name,
                a.quota.category.minors, a.fullName, a.position, a.unit, a.phone, a.email, a.school, a.grade, a.guardianName, a.guardianPhone,
                a.difficultCircumstances, a.status, a.venue == null ? null : a.venue.name, checkedIn.get(a.id), a.createdAt, a.anonymisedAt)).toList();
        List<ImportRowData> rows = importRows(r.attendees()).stream()
                .map(x -> new ImportRowData(x.jobId(), x.rowNumber(), x.fileName(), x.importedAt(), x.status(), x.values())).toList();
        Map<Long, String> contests = new HashMap<>();
        List<EntryData> entries = r.entries().stream().map(e -> new EntryData(e.id, e.reference, e.contestId, contestTitle(contests, e.contestId),
                e.category, e.school.name, e.grade, e.title, e.workUrl, e.workText, e.pupilName, e.guardianName, e.guardianPhone, e.source,
                e.consentMethod, e.consentRecordedAt, e.withdrawnAt, e.createdAt, e.anonymisedAt)).toList();
        Map<Long, String> campaigns = new HashMap<>();
        List<PledgeData> pledges = r.pledges().stream().map(p -> new PledgeData(p.id, p.campaignId, campaignName(campaigns, p.campaignId),
                p.displayName, p.text, p.status, p.createdAt, p.anonymisedAt)).toList();
        audit.record("EXPORT_PERSONAL_DATA", "person", null, null, Map.of("records", r.ids(), "kinds", r.kinds(),
                "importRows", rows.stream().map(x -> x.jobId() + "/" + x.rowNumber()).toList()));
        return new Export(clock.now(), attendees, rows, entries, pledges);
    }

    /** Anonymises these records now, and the spreadsheet rows that hold the same delegates; the erasure is audited without the data. */
    @Transactional
    public ErasureReceipt erase(RecordsInput in) {
        Resolved r = resolve(in);
        OffsetDateTime now = clock.now();
        List<ImportJob.PersonRow> rows = importRows(r.attendees());
        int attendees = Attendee.anonymise(r.attendees().stream().map(a -> a.id).toList(), now);
        int importRows = ImportJob.anonymiseRows(rows, now);
        int entries = ContestEntry.anonymise(r.entries().stream().map(e -> e.id).toList(), now);
        int pledges = Pledge.anonymise(r.pledges().stream().map(p -> p.id).toList(), now);
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("records", r.ids());
        what.put("kinds", r.kinds());
        what.put("importRows", rows.stream().map(x -> x.jobId() + "/" + x.rowNumber()).toList());
        what.put("anonymised", Map.of("attendees", attendees, "importRows", importRows, "contestEntries", entries, "pledges", pledges));
        audit.record("ERASE_PERSONAL_DATA", "person", null, null, what);
        return new ErasureReceipt(now, r.refs(), attendees, importRows, entries, pledges);
    }

    private static String contestTitle(Map<Long, String> cache, long contestId) {
        return cache.computeIfAbsent(contestId, id -> {
            Contest c = Contest.findById(id);
            return c == null ? "" : c.title;
        });
    }

    private static String campaignName(Map<Long, String> cache, long campaignId) {
        return cache.computeIfAbsent(campaignId, id -> {
            Campaign c = Campaign.findById(id);
            return c == null ? "" : c.name;
        });
    }
}
