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
import vn.safeonline.campaign.CampaignDtos.CampaignInput;
import vn.safeonline.event.EventDtos.EventInput;
import vn.safeonline.event.EventDtos.VenueInput;
import vn.safeonline.event.EventFormat;
import vn.safeonline.org.OrgRef;
import vn.safeonline.plan.PlanDtos.PlanInput;
import vn.safeonline.quota.QuotaDtos.QuotaInput;
import vn.safeonline.task.TaskDtos.Target;
import vn.safeonline.task.TaskDtos.TaskInput;

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
    public record DraftTask(@Schema(examples = "Tổ chức tuyên truyền trong trường học") String label, @Schema(examples = "12", description = "absent when the organisation is unknown") Long leadOrganizationId,
                            @Schema(examples = "[12, 15]", required = true) List<Long> cooperatingOrganizationIds, @Schema(examples = "Tổ chức tuyên truyền về an toàn trên môi trường mạng trong trường học", required = true) String text,
                            LocalDate dueDate, Target target) {
    }

    @Schema(name = "DraftEvent")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DraftEvent(@Schema(examples = "Lễ phát động Chương trình bảo vệ trẻ em trên môi trường mạng", required = true) String title, OffsetDateTime startsAt, OffsetDateTime endsAt, EventFormat format,
                             @Schema(examples = "500") Integer expectedAttendance, @Schema(examples = "Chủ tịch UBND thành phố Cần Thơ") String chair, @Schema(examples = "Lễ phát động Chương trình bảo vệ trẻ em trên môi trường mạng, truyền hình trực tuyến đến 103 điểm cầu phường, xã.") String description, @Schema(required = true) List<VenueInput> venues) {
    }

    @Schema(name = "DraftQuota")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DraftQuota(@Schema(examples = "0", required = true) int eventIndex, @Schema(examples = "0", required = true) int taskIndex, @Schema(examples = "12") Long ownerOrganizationId,
                             @Schema(examples = "4") Long categoryId, @Schema(examples = "HOC-SINH") String categoryCode, @Schema(examples = "20", description = "absent: as many as needed") Integer count,
                             OffsetDateTime deadline, @Schema(examples = "mỗi sở 20 đại biểu", required = true) String phrase) {
    }

    @Schema(name = "DraftCampaign")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DraftCampaign(@Schema(examples = "Chiến dịch “Không một mình” năm 2025") String name, @Schema(examples = "[\"Không một mình\", \"Lướt mạng an toàn, vững vàng tương lai\"]", required = true) List<String> slogans, @Schema(examples = "[\"#KhongMotMinh\", \"#AnToanTrucTuyen\"]", required = true) List<String> hashtags,
                                LocalDate startsOn, LocalDate endsOn, @Schema(examples = "Học sinh THCS, THPT và cha mẹ học sinh trên địa bàn thành phố") String directAudience, @Schema(examples = "Giáo viên, cán bộ Đoàn, Hội và người dân") String indirectAudience) {
    }

    @Schema(name = "DraftPlan", description = "The plan's document fields as read; symbol and title may still be missing")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DraftPlan(@Schema(examples = "120/KH-UBND") String number, @Schema(examples = "KH-UBND") String symbol, @Schema(examples = "Cần Thơ") String place, LocalDate issueDate, @Schema(examples = "Kế hoạch triển khai chiến dịch “Không một mình”") String title, @Schema(examples = "2") Long standingOrganizationId,
                            @Schema(required = true) List<vn.safeonline.plan.LegalBasis> legalBases, @Schema(examples = "Nâng cao nhận thức, kỹ năng tự bảo vệ của trẻ em trên môi trường mạng.") String purpose, @Schema(examples = "Các cơ quan, đơn vị triển khai đúng tiến độ, báo cáo kết quả trước ngày 30/11/2025.") String requirements,
                            @Schema(required = true) List<vn.safeonline.plan.ContentSection> contentSections,
                            @Schema(required = true) List<vn.safeonline.plan.PlanDtos.RecipientInput> recipients,
                            @Schema(examples = "KT. CHỦ TỊCH") String signerAuthority, @Schema(examples = "PHÓ CHỦ TỊCH") String signerTitle, @Schema(examples = "Trương Cảnh Tuyên") String signerName, @Schema(examples = "Trần Thị Thu") String contactName, @Schema(examples = "Chuyên viên Văn phòng UBND thành phố") String contactTitle,
                            @Schema(examples = "0292.3820.536") String contactPhone, LocalDate startDate, LocalDate endDate) {
    }

    @Schema(name = "PlanDraft", description = "What the importer read. Nothing is saved until the coordinator confirms.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Draft(@Schema(required = true, enumeration = {"TEXT", "DOCX", "PDF", "OCR"}) String sourceKind,
                        @Schema(examples = "[\"ỦY BAN NHÂN DÂN\", \"THÀNH PHỐ CẦN THƠ\", \"Số: 120/KH-UBND\"]", required = true, description = "the document's lines, which source spans point into") List<String> lines,
                        @Schema(required = true) DraftPlan plan, @Schema(required = true) List<DraftTask> tasks,
                        @Schema(required = true) List<DraftEvent> events, @Schema(required = true) List<DraftQuota> quotas, DraftCampaign campaign,
                        @Schema(required = true) List<Field> fields, @Schema(examples = "[\"Không tìm thấy cơ quan “Sở Thông tin và Truyền thông”: chọn cơ quan thay thế\"]", required = true) List<String> warnings) {
    }

    @Schema(name = "ImportQuotaInput")
    public record QuotaConfirm(@NotNull @Min(0) @Max(20) @Schema(examples = "0", required = true, description = "index into events") Integer eventIndex,
                               @Valid @NotNull @Schema(required = true) QuotaInput quota) {
    }

    @Schema(name = "PlanImportInput", description = "The draft as the coordinator confirmed it: created in one transaction")
    public record Confirm(@Valid @NotNull @Schema(required = true) PlanInput plan,
                          @Size(max = 200) List<@Valid @NotNull TaskInput> tasks,
                          @Size(max = 20) List<@Valid @NotNull EventInput> events,
                          @Size(max = 500) List<@Valid @NotNull QuotaConfirm> quotas,
                          @Valid CampaignInput campaign) {
    }

    @Schema(name = "PlanImportResult")
    public record Result(@Schema(examples = "120", required = true) long planId, @Schema(examples = "[310, 311]", required = true) List<Long> taskIds, @Schema(examples = "[7]", required = true) List<Long> eventIds,
                         @Schema(examples = "[77, 78]", required = true) List<Long> quotaIds, @Schema(examples = "3") Long campaignId) {
    }

    static OrgRef ref(OrgMatcher.Org o) {
        return new OrgRef(o.id(), o.code(), o.name(), vn.safeonline.org.OrganizationType.valueOf(o.type()));
    }
}
