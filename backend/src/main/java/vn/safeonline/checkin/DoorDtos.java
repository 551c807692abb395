package vn.safeonline.checkin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a door takes offline and what it sends back. */
public final class DoorDtos {
    private DoorDtos() {
    }

    @Schema(name = "DoorEntry", description = "one admissible delegate as a door needs them offline: no phone, e-mail, guardian, school or circumstances")
    public record DoorEntry(@Schema(required = true, examples = "1042") long attendeeId,
                            @Schema(required = true, examples = "Nguyễn Thị Hồng Nhung", maxLength = 200) String fullName,
                            @Schema(required = true, description = "the name folded for search: lower case, no diacritics, đ → d, single spaces",
                                    examples = "nguyen thi hong nhung", maxLength = 200) String nameKey,
                            @Schema(examples = "Phó Giám đốc", maxLength = 200) String position,
                            @Schema(required = true, examples = "Sở Giáo dục và Đào tạo", maxLength = 300) String organization,
                            @Schema(required = true, examples = "Lãnh đạo sở, ban, ngành", maxLength = 200) String category,
                            @Schema(required = true, description = "the code printed under the QR", examples = "K7M-4QX-9TV", maxLength = 11) String shortCode,
                            @Schema(required = true, description = "lower-case hex SHA-256 of the QR's content (the invitation token, UTF-8): "
                                    + "a door recognises a scanned QR without holding the token", examples = "9f2c5a0e7d41b3c6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6",
                                    maxLength = 64) String tokenHash,
                            @Schema(description = "the venue the delegate is seated at", examples = "3") Long seatVenueId,
                            @Schema(examples = "Hội trường Thành ủy", maxLength = 300) String seatVenueName,
                            @Schema(description = "already checked in (at any door), when", examples = "2026-05-27T07:52:10+07:00") OffsetDateTime checkedInAt,
                            @Schema(description = "where they came in", examples = "3") Long checkedInVenueId) {
    }

    @Schema(name = "DoorList", description = "what a door downloads to judge scans while the network is down")
    public record DoorList(@Schema(required = true, examples = "7") long eventId,
                           @Schema(required = true, examples = "Lễ phát động Chiến dịch bảo vệ trẻ em trên không gian mạng", maxLength = 500) String eventTitle,
                           @Schema(required = true, examples = "2026-05-27T08:00:00+07:00") OffsetDateTime startsAt,
                           @Schema(required = true, description = "after this instant the door deletes its local copy (the event is over)",
                                   examples = "2026-05-28T00:00:00+07:00") OffsetDateTime wipeAfter,
                           @Schema(description = "the latest change the list reflects (a delegate added, cancelled or checked in); "
                                   + "absent when the event has no delegates", examples = "2026-05-27T06:30:00+07:00") OffsetDateTime asOf,
                           @Schema(description = "the door's venue, as asked", examples = "3") Long venueId,
                           @Schema(required = true, maxItems = 100000) List<DoorEntry> entries) {
    }

    public enum Method { QR, CODE, SEARCH }

    public enum Verdict { CHECKED_IN, ALREADY_CHECKED_IN, NOT_ADMISSIBLE, UNKNOWN }

    @Schema(name = "DoorScan", description = "one scan a door judged offline: exactly one of token, code and attendeeId")
    public record Scan(@Schema(required = true, description = "made by the door (a UUID): the same nonce is recorded once",
                               examples = "3f6c2a9e-8b1d-4c7e-9a55-0e2d7b4f1c38", maxLength = 36) @Size(max = 36) String nonce,
                       @Schema(description = "the QR's content", examples = "q3v9Zk1xN0bE7pWc2Rj5Ls8Tf4Hy6UaD", maxLength = 64) @Size(max = 64) String token,
                       @Schema(description = "the short code as typed", examples = "K7M-4QX-9TV", maxLength = 20) @Size(max = 20) String code,
                       @Schema(description = "the delegate found by name", examples = "1042") Long attendeeId,
                       @Schema(required = true, description = "when the door scanned, with its offset; at most 2 minutes after the server's clock",
                               examples = "2026-05-27T07:41:03+07:00") OffsetDateTime scannedAt,
                       @Schema(required = true, examples = "QR") @NotNull Method method) {
    }

    @Schema(name = "CheckInSyncRequest", description = "the scans a door queued while offline, in the order it made them")
    public record SyncRequest(@Schema(description = "the door's venue", examples = "3") Long venueId,
                              @Schema(description = "the device's label, stable per device (two devices are two doors)", examples = "Cửa A · 4f2c",
                                      maxLength = 64) @Size(max = 64) String doorLabel,
                              @Schema(required = true, minItems = 1, maxItems = 200) @NotNull @Size(min = 1, max = 200) List<@Valid Scan> scans) {
    }

    @Schema(name = "DoorScanResult", description = "the server's verdict on one queued scan")
    public record ScanResult(@Schema(required = true, examples = "3f6c2a9e-8b1d-4c7e-9a55-0e2d7b4f1c38", maxLength = 36) String nonce,
                             @Schema(required = true, examples = "CHECKED_IN") Verdict verdict,
                             @Schema(examples = "1042") Long attendeeId,
                             @Schema(examples = "Nguyễn Thị Hồng Nhung", maxLength = 200) String fullName,
                             @Schema(description = "the check-in's time as it stands: the first scan wins", examples = "2026-05-27T07:41:03+07:00") OffsetDateTime checkedInAt,
                             @Schema(examples = "Hội trường Thành ủy", maxLength = 300) String venueName,
                             @Schema(required = true, description = "another door admitted the same delegate too; listed for the organiser") boolean conflict,
                             @Schema(required = true, examples = "Điểm danh lúc 07:41", maxLength = 500) String message) {
    }

    @Schema(name = "CheckInSyncResult")
    public record SyncResult(@Schema(required = true, description = "one per scan, in the order sent", maxItems = 200) List<ScanResult> results) {
    }

    @Schema(name = "CheckInConflict", description = "two doors admitted the same delegate while at least one was offline; the earlier scan was kept")
    public record Conflict(@Schema(required = true, examples = "51") long id, @Schema(required = true, examples = "1042") long attendeeId,
                           @Schema(required = true, examples = "Nguyễn Thị Hồng Nhung", maxLength = 200) String fullName,
                           @Schema(required = true, examples = "Sở Giáo dục và Đào tạo", maxLength = 300) String organization,
                           @Schema(examples = "Hội trường Thành ủy", maxLength = 300) String keptVenueName,
                           @Schema(required = true, examples = "2026-05-27T07:41:03+07:00") OffsetDateTime keptAt,
                           @Schema(examples = "Cửa A · 4f2c", maxLength = 64) String keptDoorLabel,
                           @Schema(examples = "Điểm cầu phường Ninh Kiều", maxLength = 300) String otherVenueName,
                           @Schema(required = true, examples = "2026-05-27T07:44:30+07:00") OffsetDateTime otherAt,
                           @Schema(examples = "Cửa B · 91ad", maxLength = 64) String otherDoorLabel,
                           @Schema(required = true, examples = "2026-05-27T07:50:00+07:00") OffsetDateTime detectedAt) {
    }

    @Schema(name = "LateArrival", description = "a delegate who came in after the event's start")
    public record LateArrival(@Schema(required = true, examples = "1042") long attendeeId,
                              @Schema(required = true, examples = "Nguyễn Thị Hồng Nhung", maxLength = 200) String fullName,
                              @Schema(required = true, examples = "Sở Giáo dục và Đào tạo", maxLength = 300) String organization,
                              @Schema(required = true, examples = "Lãnh đạo sở, ban, ngành", maxLength = 200) String category,
                              @Schema(examples = "Hội trường Thành ủy", maxLength = 300) String venueName,
                              @Schema(required = true, examples = "2026-05-27T08:12:40+07:00") OffsetDateTime checkedInAt,
                              @Schema(required = true, examples = "12") long minutesLate) {
    }
}
