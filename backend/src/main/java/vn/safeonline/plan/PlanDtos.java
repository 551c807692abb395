package vn.safeonline.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.safeonline.org.OrgRef;

/** The shapes of plans on the wire. */
public final class PlanDtos {
    private PlanDtos() {
    }

    @Schema(name = "RecipientInput")
    public record RecipientInput(
            @Schema(examples = "12", description = "the organisation, when the line names one") Long organizationId,
            @NotBlank @Size(max = 300) @Schema(required = true, examples = "Sở Giáo dục và Đào tạo") String label) {
    }

    @Schema(name = "RecipientView")
    public record RecipientView(OrgRef organization, @Schema(examples = "Sở Giáo dục và Đào tạo", required = true) String label) {
    }

    @Schema(name = "PlanInput", description = "The fields of the plan's document. The caller's organisation issues it.")
    public record PlanInput(
            @Size(max = 20) @Pattern(regexp = "^[0-9]{1,10}[a-zA-Z]?$", message = "{vn.safeonline.documentNumber}")
            @Schema(examples = "120") String number,
            @NotBlank @Size(max = 40) @Pattern(regexp = "^[A-Za-zÀ-ỹ0-9]+(-[A-Za-zÀ-ỹ0-9]+)*$", message = "{vn.safeonline.planSymbol}")
            @Schema(required = true, examples = "KH-UBND") String symbol,
            @Size(max = 100) @Schema(examples = "Cần Thơ") String place,
            @Schema(examples = "2025-10-17") LocalDate issueDate,
            @NotBlank @Size(max = 1000) @Schema(required = true, examples = "Triển khai chiến dịch “Không một mình”") String title,
            @Schema(examples = "2") Long standingOrganizationId,
            @Size(max = 50) List<@Valid @NotNull LegalBasis> legalBases,
            @Schema(examples = "Nâng cao nhận thức, kỹ năng tự bảo vệ của trẻ em trên môi trường mạng.") @Size(max = 20000) String purpose,
            @Schema(examples = "Các cơ quan, đơn vị triển khai đúng tiến độ, báo cáo kết quả trước ngày 30/11/2025.") @Size(max = 20000) String requirements,
            @Size(max = 50) List<@Valid @NotNull ContentSection> contentSections,
            @Size(max = 100) List<@Valid @NotNull RecipientInput> recipients,
            @Size(max = 100) @Schema(examples = "TM. ỦY BAN NHÂN DÂN") String signerAuthority,
            @Size(max = 100) @Schema(examples = "CHỦ TỊCH") String signerTitle,
            @Size(max = 100) @Schema(examples = "Trương Cảnh Tuyên") String signerName,
            @Schema(examples = "Trần Thị Thu") @Size(max = 150) String contactName,
            @Schema(examples = "Chuyên viên Văn phòng UBND thành phố") @Size(max = 300) String contactTitle,
            @Size(max = 30) @Pattern(regexp = "^[0-9 .+()-]{6,30}$", message = "{vn.safeonline.phone}")
            @Schema(examples = "0939.949.749") String contactPhone,
            LocalDate startDate,
            LocalDate endDate) {
    }

    @Schema(name = "Plan")
    public record PlanView(
            @Schema(examples = "42", required = true) long id,
            @Schema(required = true, examples = "120/KH-UBND") String reference,
            @Schema(examples = "120/KH-UBND") String number,
            @Schema(examples = "KH-UBND", required = true) String symbol,
            @Schema(examples = "Cần Thơ") String place,
            LocalDate issueDate,
            @Schema(examples = "Kế hoạch triển khai chiến dịch “Không một mình”", required = true) String title,
            @Schema(required = true) PlanStatus status,
            @Schema(required = true) OrgRef issuingOrganization,
            OrgRef standingOrganization,
            @Schema(required = true) List<LegalBasis> legalBases,
            @Schema(examples = "Nâng cao nhận thức, kỹ năng tự bảo vệ của trẻ em trên môi trường mạng.") String purpose,
            @Schema(examples = "Các cơ quan, đơn vị triển khai đúng tiến độ, báo cáo kết quả trước ngày 30/11/2025.") String requirements,
            @Schema(required = true) List<ContentSection> contentSections,
            @Schema(required = true) List<RecipientView> recipients,
            @Schema(examples = "KT. CHỦ TỊCH") String signerAuthority,
            @Schema(examples = "PHÓ CHỦ TỊCH") String signerTitle,
            @Schema(examples = "Trương Cảnh Tuyên") String signerName,
            @Schema(examples = "Trần Thị Thu") String contactName,
            @Schema(examples = "Chuyên viên Văn phòng UBND thành phố") String contactTitle,
            @Schema(examples = "0292.3820.536") String contactPhone,
            LocalDate startDate,
            LocalDate endDate,
            OffsetDateTime issuedAt,
            OffsetDateTime closedAt,
            OffsetDateTime cancelledAt,
            @Schema(examples = "Thay thế bằng Kế hoạch số 135/KH-UBND") String cancelReason,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) OffsetDateTime updatedAt,
            @Schema(examples = "3", required = true) int version,
            @Schema(required = true) PlanAccess.Permissions permissions) {

        static PlanView of(Plan p, PlanAccess.Permissions permissions) {
            return new PlanView(p.id, p.reference(), p.number, p.symbol, p.place, p.issueDate, p.title, p.status,
                    OrgRef.of(p.issuingOrg), OrgRef.of(p.standingOrg), p.legalBases(), p.purpose, p.requirements,
                    p.contentSections(),
                    p.recipients.stream().map(r -> new RecipientView(OrgRef.of(r.organization), r.label)).toList(),
                    p.signerAuthority, p.signerTitle, p.signerName, p.contactName, p.contactTitle, p.contactPhone,
                    p.startDate, p.endDate, p.issuedAt, p.closedAt, p.cancelledAt, p.cancelReason, p.createdAt,
                    p.updatedAt, p.version, permissions);
        }
    }

    @Schema(name = "PlanSummary")
    public record PlanSummary(
            @Schema(examples = "42", required = true) long id,
            @Schema(required = true, examples = "120/KH-UBND") String reference,
            @Schema(examples = "Kế hoạch triển khai chiến dịch “Không một mình”", required = true) String title,
            @Schema(required = true) PlanStatus status,
            @Schema(required = true) OrgRef issuingOrganization,
            OrgRef standingOrganization,
            LocalDate issueDate,
            LocalDate startDate,
            LocalDate endDate,
            @Schema(examples = "8", required = true) long taskCount,
            @Schema(examples = "2", required = true, description = "tasks led by the caller's organisation") long myTaskCount,
            @Schema(required = true) OffsetDateTime updatedAt,
            @Schema(examples = "3", required = true) int version) {
    }

    @Schema(name = "IssueRequest", description = "The number and date the registry (văn thư) gives at issue, when not already in the draft")
    public record IssueRequest(
            @Size(max = 20) @Pattern(regexp = "^[0-9]{1,10}[a-zA-Z]?$", message = "{vn.safeonline.documentNumber}")
            @Schema(examples = "120") String number,
            @Schema(examples = "2025-10-17") LocalDate issueDate) {
    }

    @Schema(name = "CancelRequest")
    public record CancelRequest(@Schema(examples = "Thay thế bằng Kế hoạch số 135/KH-UBND") @Size(max = 1000) String reason) {
    }
}
