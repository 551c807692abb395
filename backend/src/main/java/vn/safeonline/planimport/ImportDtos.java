package vn.safeonline.planimport;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import vn.safeonline.campaign.ActivityType;
import vn.safeonline.campaign.Audience;
import vn.safeonline.campaign.IndicatorKind;
import vn.safeonline.org.OrganizationType;
import vn.safeonline.event.EventDtos.VenueInput;
import vn.safeonline.event.EventFormat;
import vn.safeonline.org.OrgRef;
import vn.safeonline.plan.ContentSection;
import vn.safeonline.plan.LegalBasis;
import vn.safeonline.plan.PlanDtos.RecipientInput;
import vn.safeonline.task.TaskDtos.Target;

public final class ImportDtos {
    private ImportDtos() {
    }

    @Schema(name = "PlanTextInput")
    public record TextInput(@NotBlank @Size(max = SourceText.MAX_CHARS) @Schema(examples = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 120/KH-UBND\nKẾ HOẠCH\nTriển khai chiến dịch “Không một mình”", required = true, description = "the plan's text, pasted") String text) {
    }

    @Schema(name = "SourceSpan", description = "Where a value was read: 0-based line and column of the document's lines, end exclusive")
    public record SpanView(@Schema(examples = "12", required = true) int line, @Schema(examples = "380", required = true) int start, @Schema(examples = "14", required = true) int endLine,
                           @Schema(examples = "412", required = true) int end) {
        static SpanView of(DocText.Span s) {
            return s == null ? null : new SpanView(s.line(), s.start(), s.endLine(), s.end());
        }
    }

    @Schema(name = "ExtractedField")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Field(@Schema(required = true, examples = "tasks[0].leadOrganizationId", description = "where the value went in the proposal") String path,
                        @Schema(required = true, examples = "Cơ quan chủ trì") String label,
                        @Schema(examples = "120/KH-UBND", description = "the value as the proposal holds it") String value,
                        @Schema(examples = "Số: 120/KH-UBND", description = "the text it was read from") String text,
                        SpanView source,
                        @Schema(examples = "0.92", required = true, description = "0–1: how sure the importer is") double confidence,
                        @Schema(required = true, enumeration = {"FOUND", "UNKNOWN_ORGANIZATION", "MISSING"}) String status,
                        @Schema(description = "for an unknown organisation: the closest names, never chosen for you") List<OrgRef> suggestions) {
    }

    @Schema(name = "DraftTask")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DraftTask(@Size(max = 20) @Schema(examples = "III.1.a") String label,
                            @Schema(examples = "12", description = "absent when the organisation is unknown") Long leadOrganizationId,
                            @Min(0) @Max(99) @Schema(examples = "0", description = "index into newOrganizations: the lead when it is an organisation proposed for creation")
                            Integer leadNewOrganization,
                            @NotNull @Size(max = 50) @Schema(required = true, examples = "[15, 18]") List<@NotNull Long> cooperatingOrganizationIds,
                            @Size(max = 50) @Schema(examples = "[0]", description = "indexes into newOrganizations: cooperating organisations proposed for creation")
                            List<@NotNull @Min(0) @Max(99) Integer> cooperatingNewOrganizations,
                            @NotNull @Size(max = 10000) @Schema(required = true, examples = "Tổ chức tuyên truyền về an toàn trên môi trường mạng trong trường học") String text,
                            LocalDate dueDate, @Valid Target target) {
    }

    @Schema(name = "DraftEvent")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DraftEvent(@NotNull @Size(max = 300) @Schema(required = true, examples = "Lễ phát động Chương trình bảo vệ trẻ em trên môi trường mạng") String title, OffsetDateTime startsAt, OffsetDateTime endsAt,
                             EventFormat format, @Min(0) @Max(1_000_000) @Schema(examples = "275") Integer expectedAttendance,
                             @Size(max = 300) @Schema(examples = "Chủ tịch UBND thành phố Cần Thơ") String chair,
                             @Size(max = 5000) @Schema(examples = "Truyền hình trực tuyến đến 103 điểm cầu phường, xã") String description, @NotNull @Size(max = 20) @Schema(required = true) List<@Valid @NotNull VenueInput> venues) {
    }

    @Schema(name = "DraftQuota", description = "An invitation quota as read; confirmed as a quota of events[eventIndex] owned by the lead of tasks[taskIndex]")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DraftQuota(@NotNull @Min(0) @Max(19) @Schema(required = true, examples = "0") Integer eventIndex,
                             @NotNull @Min(0) @Max(199) @Schema(required = true, examples = "0") Integer taskIndex,
                             @Schema(examples = "12") Long ownerOrganizationId,
                             @Min(0) @Max(99) @Schema(examples = "0", description = "index into newOrganizations: the owner when it is proposed for creation") Integer ownerNewOrganization,
                             @Schema(examples = "4") Long categoryId, @Size(max = 40) @Schema(examples = "STUDENT") String categoryCode,
                             @Size(max = 200) @Schema(examples = "Học sinh, trẻ em", description = "the category's name, for people; absent when the deployment has no category of that code") String categoryName,
                             @Min(1) @Max(100000) @Schema(examples = "20", description = "absent: as many as needed") Integer count,
                             OffsetDateTime deadline,
                             @Schema(examples = "2", description = "who receives the list: the receiver the text names (\"gửi danh sách … về …\"); absent: the plan's standing agency")
                             Long receivingOrganizationId,
                             @Size(max = 1000) @Schema(examples = "gửi danh sách trước ngày 20/5") String note,
                             @NotNull @Size(max = 1000) @Schema(required = true, examples = "Sở Giáo dục và Đào tạo: 20 học sinh") String phrase) {
    }

    @Schema(name = "DraftActivity", description = "An activity section II of a campaign plan lists, with the kind of activity report it maps to")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DraftActivity(@NotNull @Size(max = 1000) @Schema(required = true, examples = "Tổ chức cuộc thi vẽ tranh “Em lướt mạng an toàn”") String text, @NotNull @Schema(required = true) ActivityType type) {
    }

    @Schema(name = "DraftCampaign")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DraftCampaign(@Size(max = 300) @Schema(examples = "Chiến dịch “Không một mình” năm 2026") String name,
                                @NotNull @Size(max = 10) @Schema(required = true, examples = "[\"Lướt mạng an toàn, vững vàng tương lai\"]") List<@NotNull @Size(max = 300) String> slogans,
                                @NotNull @Size(max = 20) @Schema(required = true, examples = "[\"#KhongMotMinh\"]") List<@NotNull @Size(max = 100) String> hashtags,
                                LocalDate startsOn, LocalDate endsOn, @Size(max = 2000) @Schema(examples = "Công an thành phố; Thành đoàn") String organisers,
                                @Size(max = 2000) @Schema(examples = "Học sinh THCS, THPT trên địa bàn thành phố") String directAudience,
                                @Size(max = 2000) @Schema(examples = "Giáo viên, cha mẹ học sinh") String indirectAudience,
                                @Size(max = 50) @Schema(description = "the activities the plan lists (kept in the draft; units report them as activity reports)")
                                List<@Valid @NotNull DraftActivity> activities) {
    }

    @Schema(name = "DraftTarget", description = "A target read from a phrase such as “100 % các trường học … đăng bài”, measuring tasks[taskIndex]")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DraftTarget(@Min(0) @Max(199) @Schema(examples = "2", description = "the task it measures") Integer taskIndex,
                              @NotNull @Size(max = 300) @Schema(required = true, examples = "100% trường học đăng bài tuyên truyền") String name,
                              @NotNull @Schema(required = true) IndicatorKind kind, ActivityType activityType, Audience audience,
                              @Size(max = 20) List<@NotNull OrganizationType> unitTypes,
                              @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Schema(examples = "100") BigDecimal goalPercent,
                              @Size(max = 1000) @Schema(examples = "100 % các trường học trên địa bàn đăng bài") String phrase) {
    }

    @Schema(name = "DraftOrganization", description = "An agency the text names that matches no organisation: proposed for creation on confirm")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DraftOrganization(@NotNull @Size(max = 300) @Schema(required = true, examples = "Sở Thông tin và Truyền thông") String name,
                                    @NotNull @Schema(required = true, description = "guessed from the name") OrganizationType type,
                                    @Schema(examples = "1", description = "the organisation to place it under (guessed; choose another)") Long parentOrganizationId,
                                    @Schema(required = true, description = "create it on confirm; false: the rows naming it must get another organisation") boolean create,
                                    @Size(max = 1000) @Schema(examples = "Sở Thông tin và Truyền thông", description = "the text it was read from") String text, SpanView source,
                                    @Size(max = 3) @Schema(description = "the closest known names, never chosen for you") List<OrgRef> suggestions) {
    }

    @Schema(name = "DraftPlan", description = "The plan's document fields as read; symbol and title may still be missing")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DraftPlan(@Size(max = 20) @Schema(examples = "120") String number, @Size(max = 40) @Schema(examples = "KH-UBND") String symbol,
                            @Size(max = 100) @Schema(examples = "Cần Thơ") String place, LocalDate issueDate,
                            @Size(max = 1000) @Schema(examples = "Kế hoạch tổ chức Lễ phát động Chương trình bảo vệ trẻ em trên môi trường mạng") String title,
                            @Schema(examples = "2", description = "the agency that monitors, urges and reports (cơ quan thường trực), as read") Long standingOrganizationId,
                            @Min(0) @Max(99) @Schema(examples = "0", description = "index into newOrganizations: the standing agency when it is proposed for creation")
                            Integer standingNewOrganization,
                            @NotNull @Size(max = 50) @Schema(required = true) List<@Valid @NotNull LegalBasis> legalBases,
                            @Size(max = 20000) @Schema(examples = "Nâng cao nhận thức, kỹ năng tự bảo vệ của trẻ em trên môi trường mạng") String purpose,
                            @Size(max = 20000) @Schema(examples = "Các cơ quan, đơn vị triển khai đúng tiến độ") String requirements,
                            @NotNull @Size(max = 50) @Schema(required = true) List<@Valid @NotNull ContentSection> contentSections,
                            @NotNull @Size(max = 100) @Schema(required = true) List<@Valid @NotNull RecipientInput> recipients,
                            @Size(max = 100) @Schema(examples = "TM. ỦY BAN NHÂN DÂN") String signerAuthority, @Size(max = 100) @Schema(examples = "KT. CHỦ TỊCH") String signerTitle,
                            @Size(max = 100) @Schema(examples = "Trương Cảnh Tuyên") String signerName, @Size(max = 150) @Schema(examples = "Trần Thị Thu") String contactName,
                            @Size(max = 300) @Schema(examples = "Chuyên viên Văn phòng UBND thành phố") String contactTitle, @Size(max = 30) @Schema(examples = "0292 3820 536") String contactPhone,
                            LocalDate startDate, LocalDate endDate) {
    }

    @Schema(name = "PlanDraft", description = "What the importer read, and what confirm takes back: send the draft as received, edited or not. "
            + "Nothing is saved until the coordinator confirms; sourceKind, lines, fields and warnings are ignored on confirm.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Draft(@NotNull @Schema(required = true, enumeration = {"TEXT", "DOCX", "PDF", "OCR"}) String sourceKind,
                        @NotNull @Size(max = 20000) @Schema(required = true, examples = "[\"ỦY BAN NHÂN DÂN\", \"THÀNH PHỐ CẦN THƠ\", \"Số: 120/KH-UBND\"]", description = "the document's lines, which source spans point into") List<String> lines,
                        @Valid @NotNull @Schema(required = true) DraftPlan plan,
                        @NotNull @Size(max = 200) @Schema(required = true) List<@Valid @NotNull DraftTask> tasks,
                        @NotNull @Size(max = 20) @Schema(required = true) List<@Valid @NotNull DraftEvent> events,
                        @NotNull @Size(max = 500) @Schema(required = true) List<@Valid @NotNull DraftQuota> quotas,
                        @Valid DraftCampaign campaign,
                        @NotNull @Size(max = 100) @Schema(required = true) List<@Valid @NotNull DraftTarget> targets,
                        @NotNull @Size(max = 100) @Schema(required = true, description = "agencies the text names that match no organisation")
                        List<@Valid @NotNull DraftOrganization> newOrganizations,
                        @NotNull @Size(max = 5000) @Schema(required = true) List<Field> fields,
                        @NotNull @Size(max = 500) @Schema(required = true, examples = "[\"Không đọc được hạn gửi danh sách của Sở Nội vụ\"]") List<String> warnings) {
    }

    @Schema(name = "PlanImportResult")
    public record Result(@Schema(required = true, examples = "42") long planId, @Schema(required = true, examples = "[301, 302]") List<Long> taskIds,
                         @Schema(required = true, examples = "[7]") List<Long> eventIds, @Schema(required = true, examples = "[55, 56]") List<Long> quotaIds,
                         @Schema(examples = "3") Long campaignId, @Schema(required = true, examples = "[11]") List<Long> targetIds,
                         @Schema(required = true, examples = "[88]", description = "the organisations created, in the order of newOrganizations accepted") List<Long> organizationIds) {
    }

    static OrgRef ref(OrgMatcher.Org o) {
        return new OrgRef(o.id(), o.code(), o.name(), vn.safeonline.org.OrganizationType.valueOf(o.type()));
    }
}
