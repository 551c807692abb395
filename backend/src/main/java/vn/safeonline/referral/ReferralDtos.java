package vn.safeonline.referral;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.safeonline.org.OrgRef;

/** The request and response bodies of support referrals. */
public final class ReferralDtos {
    private ReferralDtos() {
    }

    /** A pseudonym or initials: no digits, no @ (no phone, no email). ECMA 262 as well as Java: the contract carries it. */
    static final String ALIAS = "^[^0-9@]+$";
    /** A free text without a phone number (8 digits or more, spaces, dots or dashes between them) or an email address. */
    static final String NO_CONTACT = "^(?![\\s\\S]*(?:\\d[\\s.-]?){8})(?![\\s\\S]*\\S@\\S)[\\s\\S]*$";

    @Schema(name = "ReferralInput", description = "A case for a child at risk, the child named only as far as the receiver needs: "
            + "a pseudonym or initials, an age or a grade, a school. No phone, no address, no full name.")
    public record ReferralInput(
            @NotNull @Schema(examples = "2", required = true, description = "the receiving support organisation (GET /api/referral-receivers)") Long receivingOrganizationId,
            @NotNull @Schema(required = true) RiskKind riskKind,
            @NotBlank @Size(max = 40) @Pattern(regexp = ALIAS, message = "{vn.safeonline.childAlias}")
            @Schema(required = true, examples = "N.T.A", description = "a pseudonym or the initials") String childAlias,
            @Min(0) @Max(17) @Schema(examples = "14", description = "age in years; give the age or the grade") Integer childAge,
            @Min(1) @Max(12) @Schema(examples = "9", description = "grade 1–12; give the age or the grade") Integer childGrade,
            @Schema(examples = "214", description = "the child's school; the opener when it is a school and this is omitted") Long schoolId,
            @Size(max = 500) @Pattern(regexp = NO_CONTACT, message = "{vn.safeonline.noContact}")
            @Schema(examples = "Em có dấu hiệu bị bắt nạt qua mạng xã hội, cần được hỗ trợ tâm lý", description = "what the receiver needs to know; no phone, email or address") String note) {
    }

    @Schema(name = "ReferralClosure", description = "How the case ended. WITHDRAWN: the opener, before the receiver acknowledged it; any other: the receiver.")
    public record CloseInput(
            @NotNull @Schema(required = true) ReferralOutcome outcome,
            @Schema(examples = "Gia đình đã nhận hỗ trợ, em ổn định trở lại") @Size(max = 500) @Pattern(regexp = NO_CONTACT, message = "{vn.safeonline.noContact}") String note) {
    }

    @Schema(name = "ReferralPermissions", description = "What the caller may do next on this case")
    public record Permissions(
            @Schema(required = true) boolean canAcknowledge,
            @Schema(required = true) boolean canRecordContact,
            @Schema(required = true) boolean canClose,
            @Schema(required = true) boolean canWithdraw) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Referral", description = "A support referral as its opener and its receiver see it (each read is audited)")
    public record ReferralView(
            @Schema(examples = "42", required = true) long id,
            @Schema(required = true, examples = "HT-7K3M9Q2P") String code,
            @Schema(required = true) ReferralStatus status,
            @Schema(required = true) RiskKind riskKind,
            @Schema(examples = "Học sinh A", required = true) String childAlias,
            @Schema(examples = "14") Integer childAge,
            @Schema(examples = "9") Integer childGrade,
            OrgRef school,
            @Schema(examples = "Em có dấu hiệu bị bắt nạt qua mạng xã hội, cần được hỗ trợ tâm lý") String note,
            @Schema(required = true) OrgRef opener,
            @Schema(required = true) OrgRef receiver,
            @Schema(required = true, description = "whether the caller's organisation opened or receives the case") ReferralSide side,
            @Schema(required = true) OffsetDateTime openedAt,
            OffsetDateTime acknowledgedAt,
            OffsetDateTime contactedAt,
            OffsetDateTime closedAt,
            ReferralOutcome outcome,
            @Schema(examples = "Đã tư vấn tâm lý, gia đình phối hợp theo dõi") String outcomeNote,
            @Schema(required = true) ReferralSla sla,
            @Schema(required = true) Permissions permissions,
            @Schema(examples = "3", required = true) int version) {
    }

    @Schema(name = "ReferralReceipt", description = "What opening a case answers: its code and SLA, no child data (a replay answers the same)")
    public record ReferralReceipt(
            @Schema(examples = "42", required = true) long id,
            @Schema(required = true, examples = "HT-7K3M9Q2P") String code,
            @Schema(required = true) ReferralStatus status,
            @Schema(required = true) OffsetDateTime openedAt,
            @Schema(required = true) ReferralSla sla,
            @Schema(examples = "3", required = true) int version) {
    }

    @Schema(name = "ReferralAccess", description = "What the caller may do with support referrals")
    public record AccessView(
            @Schema(required = true, description = "may open a case (a school, police or union officer)") boolean canOpen,
            @Schema(required = true, description = "its organisation may receive cases") boolean canReceive,
            @Schema(required = true, description = "may read the escalation counts (standing agency, administrators)") boolean canSeeEscalations) {
    }

    @Schema(name = "ReferralReceiverOverdue", description = "Overdue cases of one receiving organisation, by count only")
    public record ReceiverOverdue(
            @Schema(required = true) OrgRef organization,
            @Schema(examples = "1", required = true, description = "cases not acknowledged 24 hours after opening") long acknowledgementOverdue,
            @Schema(examples = "0", required = true, description = "cases without first contact 72 hours after opening") long firstContactOverdue,
            @Schema(examples = "1", required = true, description = "cases overdue on either step") long overdueCases) {
    }

    @Schema(name = "ReferralEscalations", description = "Overdue support referrals of the deployment by count: no case code, no child, no note")
    public record Escalations(
            @Schema(required = true) OffsetDateTime asOf,
            @Schema(examples = "1", required = true) long acknowledgementOverdue,
            @Schema(examples = "0", required = true) long firstContactOverdue,
            @Schema(examples = "1", required = true) long overdueCases,
            @Schema(required = true, description = "receiving organisations with an overdue case, most first") List<ReceiverOverdue> receivers) {
    }
}
