package vn.safeonline.checkin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.safeonline.attendee.AttendeeStatus;
import vn.safeonline.attendee.ShortCode;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.checkin.DoorDtos.Conflict;
import vn.safeonline.checkin.DoorDtos.DoorEntry;
import vn.safeonline.checkin.DoorDtos.DoorList;
import vn.safeonline.checkin.DoorDtos.LateArrival;
import vn.safeonline.checkin.DoorDtos.Method;
import vn.safeonline.checkin.DoorDtos.Scan;
import vn.safeonline.checkin.DoorDtos.ScanResult;
import vn.safeonline.checkin.DoorDtos.SyncRequest;
import vn.safeonline.checkin.DoorDtos.SyncResult;
import vn.safeonline.checkin.DoorDtos.Verdict;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.common.DomainEvents;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Problem;
import vn.safeonline.common.ProblemType;
import vn.safeonline.common.SqlValues;
import vn.safeonline.common.Text;
import vn.safeonline.event.Event;

/**
 * The door on a weak network: the list a door takes offline (no contact or guardian field), the scans it queued while
 * offline (each once, by its nonce; one check-in per delegate, the first scan's time standing; two doors admitting the same
 * delegate kept as a conflict for the organiser), and the organiser's views of conflicts and late arrivals. Who may do this
 * is the door's rule ({@link CheckInService#doorEvent}).
 */
@RequestScoped
public class DoorService {
    private static final Pattern UUID = Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    /** How far ahead of the server's clock a door's clock may run. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm").withZone(BusinessClock.ZONE);
    private static final String ACTIVE = "('SUBMITTED', 'CONFIRMED')";

    @Inject
    CheckInService checkIns;
    @Inject
    EntityManager em;
    @Inject
    CurrentUser me;
    @Inject
    BusinessClock clock;
    @Inject
    DomainEvents events;

    static String label(String door) {
        if (door == null) return null;
        String l = door.substring(door.lastIndexOf('|') + 1);
        return l.isEmpty() ? null : l;
    }

    public DoorList doorList(long eventId, Long venueId) {
        Event e = checkIns.doorEvent(eventId);
        checkIns.requireVenue(e.id, venueId);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select a.id as id, a.full_name as name, a.name_search as key, a.position as position,"
                        + " o.name as org, c.name as cat, a.short_code as code,"
                        + " encode(sha256(convert_to(a.invitation_token, 'UTF8')), 'hex') as hash, a.venue_id as seat, v.name as seat_name,"
                        + " ci.checked_in_at as at, ci.venue_id as at_venue"
                        + " from attendee a join quota q on q.id = a.quota_id join organization o on o.id = q.owner_org_id"
                        + " join invitee_category c on c.id = q.category_id left join venue v on v.id = a.venue_id"
                        + " left join check_in ci on ci.attendee_id = a.id"
                        + " where a.event_id = ?1 and a.status in " + ACTIVE + " order by a.name_search, a.id", Tuple.class)
                .setParameter(1, e.id).getResultList();
        List<DoorEntry> entries = rows.stream().map(t -> new DoorEntry(t.get("id", Number.class).longValue(), t.get("name", String.class),
                t.get("key", String.class) != null ? t.get("key", String.class) : Text.fold(t.get("name", String.class)), t.get("position", String.class),
                t.get("org", String.class), t.get("cat", String.class), ShortCode.format(t.get("code", String.class)), t.get("hash", String.class),
                longOrNull(t.get("seat")), t.get("seat_name", String.class), SqlValues.offsetDateTime(t.get("at")), longOrNull(t.get("at_venue")))).toList();
        OffsetDateTime asOf = SqlValues.offsetDateTime(em.createNativeQuery("select greatest((select max(updated_at) from attendee where event_id = ?1),"
                + " (select max(updated_at) from check_in where event_id = ?1))").setParameter(1, e.id).getSingleResult());
        return new DoorList(e.id, e.title, e.startsAt, wipeAfter(e), asOf, venueId, entries);
    }

    /** The local list is wiped once the event is over: at its end, or at the end of its day (Vietnam) when it has none. */
    static OffsetDateTime wipeAfter(Event e) {
        if (e.endsAt != null) return e.endsAt;
        return e.startsAt.atZoneSameInstant(BusinessClock.ZONE).toLocalDate().plusDays(1).atTime(LocalTime.MIDNIGHT)
                .atZone(BusinessClock.ZONE).toOffsetDateTime();
    }

    /** Refuses the whole batch, before anything is recorded, when one scan cannot be read. */
    void validate(SyncRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        OffsetDateTime latest = clock.now().plus(CLOCK_SKEW);
        Set<String> nonces = new HashSet<>();
        for (int i = 0; i < request.scans().size(); i++) {
            Scan s = request.scans().get(i);
            String at = "scans[" + i + "].";
            if (s == null) {
                errors.add(new Problem.FieldError("scans[" + i + "]", "NotNull", "Thiếu lượt quét"));
                continue;
            }
            if (s.nonce() == null || !UUID.matcher(s.nonce()).matches()) {
                errors.add(new Problem.FieldError(at + "nonce", "Uuid", "Mã lượt quét (nonce) phải là một UUID do cửa tạo"));
            } else if (!nonces.add(s.nonce().toLowerCase(java.util.Locale.ROOT))) {
                errors.add(new Problem.FieldError(at + "nonce", "Duplicate", "Mã lượt quét (nonce) lặp lại trong cùng một lô"));
            }
            if (s.scannedAt() == null) {
                errors.add(new Problem.FieldError(at + "scannedAt", "NotNull", "Thiếu thời điểm quét"));
            } else if (s.scannedAt().isAfter(latest)) {
                errors.add(new Problem.FieldError(at + "scannedAt", "Future", "Thời điểm quét ở tương lai: kiểm tra đồng hồ của thiết bị"));
            }
            int given = (s.token() != null ? 1 : 0) + (s.code() != null ? 1 : 0) + (s.attendeeId() != null ? 1 : 0);
            if (given != 1) {
                errors.add(new Problem.FieldError(at + "token", "OneOf", "Gửi đúng một trong: mã QR (token), mã ngắn (code) hoặc mã đại biểu (attendeeId)"));
            } else if (s.code() != null) {
                ShortCode.problem(s.code()).ifPresent(p -> errors.add(new Problem.FieldError(at + "code", "ShortCode", p)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION_FAILED, errors.size() == 1 ? errors.get(0).message()
                    : "Lô có " + errors.size() + " lỗi; không lượt quét nào được ghi", errors);
        }
    }

    /** The delegate a scan names, in this event (a QR of another event is found, to say so). */
    private record Found(long attendeeId, long eventId, AttendeeStatus status, String fullName, long ownerOrg, Long receivingOrg) {
    }

    private Found find(long eventId, Scan s) {
        String where = s.token() != null ? "a.invitation_token = ?1" : s.code() != null ? "a.event_id = ?2 and a.short_code = ?1" : "a.event_id = ?2 and a.id = cast(?1 as bigint)";
        String key = s.token() != null ? s.token().trim() : s.code() != null ? ShortCode.normalise(s.code()) : s.attendeeId().toString();
        @SuppressWarnings("unchecked")
        var query = em.createNativeQuery("select a.id as id, a.event_id as event, a.status as status, a.full_name as name,"
                + " q.owner_org_id as owner, q.receiving_org_id as receiver from attendee a join quota q on q.id = a.quota_id where " + where, Tuple.class)
                .setParameter(1, key);
        if (s.token() == null) query.setParameter(2, eventId);
        List<Tuple> rows = query.getResultList();
        if (rows.isEmpty()) return null;
        Tuple t = rows.get(0);
        return new Found(t.get("id", Number.class).longValue(), t.get("event", Number.class).longValue(),
                AttendeeStatus.valueOf(t.get("status", String.class)), t.get("name", String.class), t.get("owner", Number.class).longValue(),
                longOrNull(t.get("receiver")));
    }

    /**
     * Records a door's queued scans in one transaction and answers each one's verdict, in the order sent. A nonce seen before
     * answers as it did then and changes nothing.
     */
    @Transactional
    public SyncResult sync(long eventId, SyncRequest request) {
        Event e = checkIns.doorEvent(eventId);
        checkIns.requireVenue(e.id, request.venueId());
        validate(request);
        String door = checkIns.door(request.venueId(), request.doorLabel());
        OffsetDateTime received = clock.now();
        List<ScanResult> results = new ArrayList<>(request.scans().size());
        for (Scan s : request.scans()) {
            java.util.UUID nonce = java.util.UUID.fromString(s.nonce());
            // claim the nonce first: a concurrent replay of the same batch waits here for this one, then reads its verdicts
            int claimed = em.createNativeQuery("insert into door_scan (nonce, event_id, venue_id, door, scanned_at, method, verdict, received_at)"
                            + " values (?1, ?2, ?3, ?4, ?5, ?6, 'UNKNOWN', ?7) on conflict (nonce) do nothing")
                    .setParameter(1, nonce).setParameter(2, e.id).setParameter(3, request.venueId()).setParameter(4, door)
                    .setParameter(5, s.scannedAt()).setParameter(6, s.method().name()).setParameter(7, received).executeUpdate();
            results.add(claimed == 1 ? record(e, s, nonce, door, request.venueId()) : replay(e.id, s.nonce(), nonce));
        }
        return new SyncResult(results);
    }

    private ScanResult replay(long eventId, String sent, java.util.UUID nonce) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select s.event_id as event, s.verdict as verdict, s.attendee_id as attendee, s.conflict as conflict"
                + " from door_scan s where s.nonce = ?1", Tuple.class).setParameter(1, nonce).getResultList();
        Tuple t = rows.get(0);
        if (t.get("event", Number.class).longValue() != eventId) {
            throw ApiException.field("scans.nonce", "Duplicate", "Mã lượt quét (nonce) " + sent + " đã được dùng cho sự kiện khác");
        }
        Verdict verdict = Verdict.valueOf(t.get("verdict", String.class));
        Long attendee = longOrNull(t.get("attendee"));
        boolean conflict = Boolean.TRUE.equals(t.get("conflict", Boolean.class));
        return result(sent, verdict, attendee, conflict, null);
    }

    private ScanResult record(Event e, Scan s, java.util.UUID nonce, String door, Long venueId) {
        Found f = find(e.id, s);
        Verdict verdict;
        boolean conflict = false;
        String reason = null;
        if (f == null) {
            verdict = Verdict.UNKNOWN;
        } else if (f.eventId() != e.id) {
            verdict = Verdict.NOT_ADMISSIBLE;
            reason = "Thư mời này thuộc sự kiện khác";
            f = null; // nothing of another event's delegate is told
        } else if (!f.status().active()) {
            verdict = Verdict.NOT_ADMISSIBLE;
            reason = CheckInService.refusal(f.fullName(), f.status());
        } else {
            int inserted = em.createNativeQuery("insert into check_in (id, attendee_id, event_id, venue_id, checked_in_at, checked_in_by, method, door)"
                            + " select nextval('check_in_seq'), a.id, a.event_id, coalesce(?2, a.venue_id), ?3, ?4, ?5, ?6 from attendee a where a.id = ?1"
                            + " on conflict (attendee_id) do nothing")
                    .setParameter(1, f.attendeeId()).setParameter(2, venueId).setParameter(3, s.scannedAt()).setParameter(4, me.user().id)
                    .setParameter(5, s.method().name()).setParameter(6, door).executeUpdate();
            if (inserted == 1) {
                verdict = Verdict.CHECKED_IN;
                checkIns.countAdmission(e.id, venueId, s.method().name());
                events.publish(DomainEvents.CHECKIN_RECORDED, me.tenant(), "attendee", f.attendeeId(), "/api/attendees/" + f.attendeeId(),
                        List.of(f.ownerOrg(), f.receivingOrg() == null ? f.ownerOrg() : f.receivingOrg()));
            } else {
                Tuple held = (Tuple) em.createNativeQuery("select c.checked_in_at as at, c.venue_id as venue, c.door as door from check_in c"
                        + " where c.attendee_id = ?1 for update", Tuple.class).setParameter(1, f.attendeeId()).getSingleResult();
                OffsetDateTime heldAt = SqlValues.offsetDateTime(held.get("at"));
                Long heldVenue = longOrNull(held.get("venue"));
                String heldDoor = held.get("door", String.class);
                boolean earlier = s.scannedAt().isBefore(heldAt);
                conflict = !door.equals(heldDoor);
                if (earlier) {
                    // the first scan's time stands (and where it happened)
                    em.createNativeQuery("update check_in set checked_in_at = ?2, venue_id = coalesce(?3, venue_id), door = ?4, method = ?5,"
                                    + " checked_in_by = ?6 where attendee_id = ?1")
                            .setParameter(1, f.attendeeId()).setParameter(2, s.scannedAt()).setParameter(3, venueId).setParameter(4, door)
                            .setParameter(5, s.method().name()).setParameter(6, me.user().id).executeUpdate();
                }
                verdict = earlier ? Verdict.CHECKED_IN : Verdict.ALREADY_CHECKED_IN;
                if (conflict) {
                    em.createNativeQuery("insert into check_in_conflict (id, event_id, attendee_id, kept_venue_id, kept_at, kept_door,"
                                    + " other_venue_id, other_at, other_door, nonce, detected_at)"
                                    + " values (nextval('check_in_conflict_seq'), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) on conflict (nonce) do nothing")
                            .setParameter(1, e.id).setParameter(2, f.attendeeId())
                            .setParameter(3, earlier ? venueId : heldVenue).setParameter(4, earlier ? s.scannedAt() : heldAt)
                            .setParameter(5, earlier ? door : heldDoor)
                            .setParameter(6, earlier ? heldVenue : venueId).setParameter(7, earlier ? heldAt : s.scannedAt())
                            .setParameter(8, earlier ? heldDoor : door).setParameter(9, nonce).setParameter(10, clock.now()).executeUpdate();
                }
            }
        }
        em.createNativeQuery("update door_scan set verdict = ?2, attendee_id = ?3, conflict = ?4 where nonce = ?1")
                .setParameter(1, nonce).setParameter(2, verdict.name()).setParameter(3, f == null ? null : f.attendeeId())
                .setParameter(4, conflict).executeUpdate();
        return result(s.nonce(), verdict, f == null ? null : f.attendeeId(), conflict, reason);
    }

    /** A scan's answer, with the check-in as it stands now (so a replay tells the time that won). */
    private ScanResult result(String nonce, Verdict verdict, Long attendeeId, boolean conflict, String reason) {
        if (attendeeId == null) {
            return new ScanResult(nonce, verdict, null, null, null, null, conflict,
                    reason != null ? reason : "Không tìm thấy thư mời trong sự kiện này");
        }
        Tuple t = (Tuple) em.createNativeQuery("select a.full_name as name, c.checked_in_at as at, v.name as venue from attendee a"
                + " left join check_in c on c.attendee_id = a.id left join venue v on v.id = c.venue_id where a.id = ?1", Tuple.class)
                .setParameter(1, attendeeId).getSingleResult();
        OffsetDateTime at = SqlValues.offsetDateTime(t.get("at"));
        String venue = t.get("venue", String.class);
        String message = switch (verdict) {
            case CHECKED_IN -> "Điểm danh lúc " + HOUR.format(at);
            case ALREADY_CHECKED_IN -> "Đã điểm danh lúc " + HOUR.format(at) + (venue == null ? "" : " tại " + venue);
            case NOT_ADMISSIBLE -> reason != null ? reason : "Không được vào";
            case UNKNOWN -> "Không tìm thấy thư mời trong sự kiện này";
        };
        if (conflict) message += " — cũng đã được điểm danh ở cửa khác; ban tổ chức sẽ xem lại";
        return new ScanResult(nonce, verdict, attendeeId, t.get("name", String.class), verdict == Verdict.NOT_ADMISSIBLE ? null : at,
                verdict == Verdict.NOT_ADMISSIBLE ? null : venue, conflict, message);
    }

    public PageResponse<Conflict> conflicts(long eventId, PageParams page) {
        Event e = checkIns.doorEvent(eventId);
        long total = ((Number) em.createNativeQuery("select count(*) from check_in_conflict where event_id = ?1").setParameter(1, e.id)
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select x.id as id, x.attendee_id as attendee, a.full_name as name, o.name as org,"
                        + " kv.name as kept_venue, x.kept_at as kept_at, ov.name as other_venue, x.other_at as other_at, x.kept_door as kept_door,"
                        + " x.other_door as other_door, x.detected_at as detected"
                        + " from check_in_conflict x join attendee a on a.id = x.attendee_id join quota q on q.id = a.quota_id"
                        + " join organization o on o.id = q.owner_org_id left join venue kv on kv.id = x.kept_venue_id"
                        + " left join venue ov on ov.id = x.other_venue_id where x.event_id = ?1 order by x.detected_at desc, x.id desc", Tuple.class)
                .setParameter(1, e.id).setFirstResult(page.offset()).setMaxResults(page.size).getResultList();
        return new PageResponse<>(rows.stream().map(t -> new Conflict(t.get("id", Number.class).longValue(), t.get("attendee", Number.class).longValue(),
                t.get("name", String.class), t.get("org", String.class), t.get("kept_venue", String.class), SqlValues.offsetDateTime(t.get("kept_at")),
                label(t.get("kept_door", String.class)), t.get("other_venue", String.class), SqlValues.offsetDateTime(t.get("other_at")),
                label(t.get("other_door", String.class)), SqlValues.offsetDateTime(t.get("detected")))).toList(), page.page, page.size, total);
    }

    public PageResponse<LateArrival> late(long eventId, PageParams page) {
        Event e = checkIns.doorEvent(eventId);
        String from = " from check_in c join event e on e.id = c.event_id join attendee a on a.id = c.attendee_id"
                + " join quota q on q.id = a.quota_id join organization o on o.id = q.owner_org_id"
                + " join invitee_category cat on cat.id = q.category_id left join venue v on v.id = c.venue_id"
                + " where c.event_id = ?1 and c.checked_in_at > e.starts_at";
        long total = ((Number) em.createNativeQuery("select count(*)" + from).setParameter(1, e.id).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select a.id as id, a.full_name as name, o.name as org, cat.name as cat, v.name as venue,"
                        + " c.checked_in_at as at, floor(extract(epoch from c.checked_in_at - e.starts_at) / 60) as late"
                        + from + " order by c.checked_in_at desc, c.id desc", Tuple.class)
                .setParameter(1, e.id).setFirstResult(page.offset()).setMaxResults(page.size).getResultList();
        return new PageResponse<>(rows.stream().map(t -> new LateArrival(t.get("id", Number.class).longValue(), t.get("name", String.class),
                t.get("org", String.class), t.get("cat", String.class), t.get("venue", String.class), SqlValues.offsetDateTime(t.get("at")),
                t.get("late", Number.class).longValue())).toList(), page.page, page.size, total);
    }

    private static Long longOrNull(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }
}
