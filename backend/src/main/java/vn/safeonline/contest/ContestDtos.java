package vn.safeonline.contest;

import static vn.safeonline.campaign.CampaignDtos.URL;
import static vn.safeonline.campaign.CampaignDtos.URL_MESSAGE;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.safeonline.minors.MinorsData;
import vn.safeonline.org.OrgRef;
import vn.safeonline.publicpage.PublicDtos;

public final class ContestDtos {
    static final String PHONE = "^\\+?[0-9 .()-]{8,20}$";

    private ContestDtos() {
    }

    @Schema(name = "ContestCriterionInput")
    public record CriterionInput(@NotBlank @Size(max = 200) @Schema(required = true, examples = "Nội dung") String name,
                                 @NotNull @Min(1) @Max(100) @Schema(required = true, examples = "40") Integer weight,
                                 @NotNull @Min(1) @Max(100) @Schema(required = true, examples = "10") Integer maxScore) {
    }

    @Schema(name = "ContestCriterion")
    public record CriterionView(@Schema(examples = "42", required = true) long id, @Schema(examples = "Nội dung", required = true) String name, @Schema(examples = "40", required = true) int weight,
                                @Schema(examples = "10", required = true) int maxScore) {
        static CriterionView of(ContestCriterion c) {
            return new CriterionView(c.id, c.name, c.weight, c.maxScore);
        }
    }

    @Schema(name = "ContestInput")
    public record ContestInput(@NotBlank @Size(max = 300) @Schema(required = true, examples = "Cuộc thi vẽ tranh “Không một mình”") String title,
                               @Schema(examples = "Học sinh THCS và THPT vẽ tranh về cách giữ an toàn khi dùng mạng xã hội.") @Size(max = 5000) String description,
                               @NotEmpty @Size(max = 9) @Schema(required = true) List<@NotNull ContestCategory> categories,
                               @NotNull @Schema(required = true) OffsetDateTime opensAt,
                               @NotNull @Schema(required = true) OffsetDateTime closesAt,
                               @Min(1) @Max(20) @Schema(examples = "3", description = "judges per entry; 3 when omitted") Integer judgesPerEntry,
                               @NotEmpty @Size(max = 10) @Schema(required = true) List<@Valid @NotNull CriterionInput> criteria) {
    }

    @Schema(name = "Contest")
    public record ContestView(@Schema(examples = "42", required = true) long id, @Schema(required = true, description = "the opaque id public pages and links use (not the database id)", examples = "3f9a0c2b7e1d4a5c") String publicId, @Schema(examples = "3", required = true) long campaignId, @Schema(examples = "Cuộc thi vẽ tranh “Em lướt mạng an toàn”", required = true) String title,
                              @Schema(examples = "Học sinh THCS và THPT vẽ tranh về cách giữ an toàn khi dùng mạng xã hội.") String description, @Schema(required = true) List<ContestCategory> categories,
                              @Schema(required = true) OffsetDateTime opensAt, @Schema(required = true) OffsetDateTime closesAt,
                              @Schema(required = true) boolean open, @Schema(examples = "3", required = true) int judgesPerEntry,
                              @Schema(required = true) List<CriterionView> criteria, OffsetDateTime publishedAt,
                              @Schema(examples = "48", required = true, description = "entries submitted (not withdrawn)") long entries,
                              @Schema(examples = "46", required = true, description = "entries whose guardian consent is recorded") long eligibleEntries,
                              @Schema(required = true) boolean canManage, @Schema(required = true, description = "the caller is one of its judges") boolean isJudge,
                              @Schema(examples = "3", required = true) int version) {
    }

    @Schema(name = "ContestJudgesInput")
    public record JudgesInput(@NotNull @Size(max = 100) @Schema(examples = "[57, 58, 59]", required = true) List<@NotNull Long> userIds) {
    }

    @Schema(name = "ContestJudge")
    public record JudgeView(@Schema(examples = "57", required = true) long userId, @Schema(examples = "Lê Hoàng Nam", required = true) String fullName,
                            @Schema(required = true) OrgRef organization, @Schema(examples = "18", required = true) long assigned,
                            @Schema(examples = "12", required = true) long scored) {
    }

    @Schema(name = "ConsentInput")
    public record ConsentInput(@NotBlank @Size(max = 200) @Schema(required = true, examples = "Nguyễn Văn Bình") String guardianName,
                               @Schema(examples = "0939.949.749") @Size(max = 30) @Pattern(regexp = PHONE, message = "{vn.safeonline.phone}") String guardianPhone,
                               @NotNull @Schema(required = true) ConsentMethod method) {
    }

    @Schema(name = "ContestEntryInput", description = "An entry submitted by a school for one of its pupils; the guardian's consent is recorded with it")
    public record SchoolEntryInput(@NotNull @Schema(required = true) ContestCategory category,
                                   @Schema(examples = "214", description = "the school; the caller's organisation when omitted") Long schoolId,
                                   @NotBlank @Size(max = 200) @Schema(examples = "Nguyễn Thị Lan", required = true) String pupilName,
                                   @Schema(examples = "10") @Min(1) @Max(12) Integer grade,
                                   @NotBlank @Size(max = 300) @Schema(examples = "Em lướt mạng an toàn", required = true) String title,
                                   @Schema(examples = "/api/contest-entries/901/work") @Size(max = 1000) @Pattern(regexp = URL, message = URL_MESSAGE) String workUrl,
                                   @Schema(examples = "Em lướt mạng an toàn: không kết bạn với người lạ, không gửi ảnh riêng tư.") @Size(max = 20000) String workText,
                                   @Valid @NotNull @Schema(required = true) ConsentInput consent) {
    }

    @Schema(name = "PublicContestEntryInput", description = "An entry a pupil submits with the school's code: the pupil's name, school and grade, and the work —"
            + " nothing more. The guardian's consent and contact are recorded by the school, not typed by the child; the entry waits for it before judging")
    public record PublicEntryInput(@NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9-]{16,64}$", message = "{vn.safeonline.entryCode}")
                                   @Schema(examples = "c4a1e2f8-7b3d-4f5a-9e6c-1d2b3a4c5e6f", required = true, description = "a random id the form makes once; sending it again returns the first receipt") String submissionId,
                                   @NotBlank @Size(max = 64) @Pattern(regexp = PublicDtos.UNIT_CODE, message = "{vn.safeonline.schoolCode}") @Schema(examples = "THPT-CVL", required = true) String schoolCode,
                                   @NotNull @Schema(required = true) ContestCategory category,
                                   @NotBlank @Size(max = 200) @Schema(examples = "Nguyễn Thị Lan", required = true) String pupilName,
                                   @NotNull @Min(1) @Max(12) @Schema(examples = "10", required = true) Integer grade,
                                   @NotBlank @Size(max = 300) @Schema(examples = "Em lướt mạng an toàn", required = true) String title,
                                   @Schema(examples = "/api/contest-entries/901/work") @Size(max = 1000) @Pattern(regexp = URL, message = URL_MESSAGE) String workUrl,
                                   @Schema(examples = "Em lướt mạng an toàn: không kết bạn với người lạ, không gửi ảnh riêng tư.") @Size(max = 20000) String workText) {
    }

    @Schema(name = "PublicEntryReceipt")
    public record PublicReceipt(@Schema(required = true, examples = "CT-7K3M9Q") String reference, @Schema(examples = "Bài dự thi đã được nhận. Mã bài: VE-2025-0042.", required = true) String message) {
    }

    @Schema(name = "ContestEntry", description = "An entry as its school and the contest's managers see it: the guardian's name and phone only for the"
            + " school (masked for everyone else, ADMIN included); blinded (no pupil, guardian or school) for a judge of the contest, even one who manages it")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EntryView(@Schema(examples = "42", required = true) long id, @Schema(examples = "VE-2025-0042", required = true) String reference, @Schema(required = true) ContestCategory category,
                            @Schema(description = "absent when blinded") OrgRef school, @Schema(examples = "10") Integer grade, @Schema(examples = "Em lướt mạng an toàn", required = true) String title, @Schema(examples = "/api/contest-entries/901/work") String workUrl, @Schema(examples = "Em lướt mạng an toàn: không kết bạn với người lạ, không gửi ảnh riêng tư.") String workText,
                            @Schema(examples = "Nguyễn Thị Lan", description = "absent when blinded") String pupilName,
                            @Schema(examples = "Nguyễn Văn Bình", description = "absent when masked") String guardianName,
                            @Schema(examples = "0939.949.749", description = "masked (last two digits) unless the caller's organisation is the pupil's school") String guardianPhone,
                            @Schema(required = true, enumeration = {"SCHOOL", "PUBLIC"}) String source,
                            ConsentMethod consentMethod, OffsetDateTime consentRecordedAt, OffsetDateTime withdrawnAt,
                            @Schema(required = true, enumeration = {"AWAITING_CONSENT", "ELIGIBLE", "WITHDRAWN"}) String status,
                            @Schema(required = true, description = "the guardian's fields are hidden from this caller") boolean personalDataMasked,
                            @Schema(required = true, description = "the caller judges this contest: no pupil, guardian or school") boolean blinded,
                            @Schema(required = true) OffsetDateTime createdAt, @Schema(examples = "3", required = true) int version) {
        /** The entry with every field: for the pupil's school. */
        static EntryView full(ContestEntry e) {
            return new EntryView(e.id, e.reference, e.category, OrgRef.of(e.school), e.grade, e.title, e.workUrl, e.workText, e.pupilName,
                    e.guardianName, e.guardianPhone, e.source, e.consentMethod, e.consentRecordedAt, e.withdrawnAt, e.status(), false, false, e.createdAt, e.version);
        }

        /** The guardian's fields masked: for the contest's managers (and ADMIN) outside the school. */
        static EntryView masked(ContestEntry e) {
            return new EntryView(e.id, e.reference, e.category, OrgRef.of(e.school), e.grade, e.title, e.workUrl, e.workText, e.pupilName,
                    null, MinorsData.maskPhone(e.guardianPhone), e.source, e.consentMethod, e.consentRecordedAt, e.withdrawnAt, e.status(), true, false,
                    e.createdAt, e.version);
        }

        /** No pupil, guardian or school: for a judge of the contest, whatever else they are. */
        static EntryView blinded(ContestEntry e) {
            return new EntryView(e.id, e.reference, e.category, null, e.grade, e.title, e.workUrl, e.workText, null, null, null, e.source,
                    e.consentMethod, e.consentRecordedAt, e.withdrawnAt, e.status(), true, true, e.createdAt, e.version);
        }
    }

    @Schema(name = "ScoreInput")
    public record ScoreInput(@NotNull @Schema(examples = "11", required = true) Long criterionId,
                             @NotNull @DecimalMin("0") @Schema(required = true, examples = "8.5") BigDecimal score) {
    }

    @Schema(name = "ScoresInput")
    public record ScoresInput(@NotEmpty @Size(max = 10) @Schema(required = true) List<@Valid @NotNull ScoreInput> scores) {
    }

    @Schema(name = "BlindEntry", description = "An assigned entry as a judge sees it: the work, no name, no school")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BlindEntry(@Schema(examples = "42", required = true) long id, @Schema(required = true) ContestCategory category, @Schema(examples = "10") Integer grade,
                             @Schema(examples = "Em lướt mạng an toàn", required = true) String title, @Schema(examples = "/api/contest-entries/901/work") String workUrl, @Schema(examples = "Em lướt mạng an toàn: không kết bạn với người lạ, không gửi ảnh riêng tư.") String workText,
                             @Schema(required = true) List<ScoreInput> myScores, @Schema(required = true) boolean complete) {
    }

    @Schema(name = "AssignmentResult")
    public record AssignmentResult(@Schema(examples = "18", required = true, description = "assignments added") int assigned,
                                   @Schema(examples = "0", required = true, description = "eligible entries that still have fewer judges than asked (too few judges outside their school)") int shortOfJudges) {
    }

    @Schema(name = "RankedEntry")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RankedEntry(@Schema(examples = "901", required = true) long entryId, @Schema(examples = "VE-2025-0042", required = true) String reference, @Schema(required = true) ContestCategory category,
                              @Schema(examples = "1", description = "absent while no judge has scored every criterion") Integer rank,
                              @Schema(examples = "27.5", description = "0–100") BigDecimal total, @Schema(required = true) List<CriterionScore> criteria,
                              @Schema(examples = "2", required = true) int judgesScored, @Schema(examples = "3", required = true) int judgesAssigned,
                              @Schema(required = true) OrgRef school, @Schema(examples = "10") Integer grade, @Schema(examples = "N.T.A", required = true) String initial,
                              @Schema(examples = "Đồng hạng với bài VE-2025-0017", description = "why equal totals are ordered as they are, or shared") String tieNote) {
    }

    @Schema(name = "CriterionScore")
    public record CriterionScore(@Schema(examples = "11", required = true) long criterionId, @Schema(examples = "8.25", required = true) BigDecimal mean) {
    }

    @Schema(name = "PublicContest")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublicContest(@Schema(examples = "k3Vt8RwN5yQ1", required = true, description = "the contest's public id") String id, @Schema(examples = "Cuộc thi vẽ tranh “Em lướt mạng an toàn”", required = true) String title, @Schema(examples = "Học sinh THCS và THPT vẽ tranh về cách giữ an toàn khi dùng mạng xã hội.") String description,
                                @Schema(examples = "Chiến dịch “Không một mình” năm 2025", required = true) String campaignName, @Schema(required = true) List<ContestCategory> categories,
                                @Schema(required = true) OffsetDateTime opensAt, @Schema(required = true) OffsetDateTime closesAt,
                                @Schema(required = true) boolean open, @Schema(required = true) boolean published) {
    }

    @Schema(name = "PublicResult", description = "A published result: the pupil's first-name initial, school and grade only")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublicResult(@Schema(required = true) ContestCategory category, @Schema(examples = "1", required = true) int rank,
                               @Schema(required = true, examples = "A.") String initial, @Schema(examples = "Trường THPT Châu Văn Liêm", required = true) String school, @Schema(examples = "10") Integer grade,
                               @Schema(examples = "27.5", required = true) BigDecimal total, @Schema(examples = "Đồng hạng với bài VE-2025-0017") String tieNote) {
    }

    @Schema(name = "PublicContestResults")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublicResults(@Schema(required = true) boolean published, OffsetDateTime publishedAt, @Schema(required = true) List<PublicResult> items) {
    }
}
