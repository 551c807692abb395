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
    public record TextInput(@NotBlank @Size(max = SourceText.MAX_CHARS) @Schema(required = true, description = "the plan's text, pasted") String text) {
    }

    @Schema(name = "SourceSpan", description = "Where a value was read: 0-based line and column of the document's lines, end exclusive")
    public record SpanView(@Schema(required = true) int line, @Schema(required = true) int start, @Schema(required = true) int endLine,
                           @Schema(required = true) int end) {
        static SpanView of(DocText.Span s) {
            return s == null ? null : new SpanView(s.line(), s.start(), s.endLine(), s.end());
        }
    }

    @Schema(name = "ExtractedField")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Field(@Schema(required = true, examples = "tasks[0].leadOrganizationId", description = "where the value went in the proposal") String path,
                        @Schema(required = true, examples = "Cơ quan chủ trì") String label,
                        @Schema(description = "the value as the proposal holds it") String value,
                        @Schema(description = "the text it was read from") String text,
                        SpanView source,
                        @Schema(required = true, description = "0–1: how sure the importer is") double confidence,
                        @Schema(required = true, enumeration = {"FOUND", "UNKNOWN_ORGANIZATION", "MISSING"}) String status,
                        @Schema(description = "for an unknown organisation: the closest names, never chosen for you") List<OrgRef> suggestions) {
    }

    @Schema(name = "DraftTask")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DraftTask(String label, @Schema(description = "absent when the organisation is unknown") Long leadOrganizationId,
                            @Schema(required = true) List<Long> cooperatingOrganizationIds, @Schema(required = true) String text,
                            LocalDate dueDate, Target target) {
    }

    @Schema(name = "DraftEvent")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DraftEvent(@Schema(required = true) String title, OffsetDateTime startsAt, OffsetDateTime endsAt, EventFormat format,
                             Integer expectedAttendance, String chair, String description, @Schema(required = true) List<VenueInput> venues) {
    }

    @Schema(name = "DraftQuota")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DraftQuota(@Schema(required = true) int eventIndex, @Schema(required = true) int taskIndex, Long ownerOrganizationId,
                             Long categoryId, String categoryCode, @Schema(description = "absent: as many as needed") Integer count,
                             OffsetDateTime deadline, @Schema(required = true) String phrase) {
    }

    @Schema(name = "DraftCampaign")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DraftCampaign(String name, @Schema(required = true) List<String> slogans, @Schema(required = true) List<String> hashtags,
                                LocalDate startsOn, LocalDate endsOn, String directAudience, String indirectAudience) {
    }

    @Schema(name = "DraftPlan", description = "The plan's document fields as read; symbol and title may still be missing")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DraftPlan(String number, String symbol, String place, LocalDate issueDate, String title, Long standingOrganizationId,
                            @Schema(required = true) List<vn.safeonline.plan.LegalBasis> legalBases, String purpose, String requirements,
                            @Schema(required = true) List<vn.safeonline.plan.ContentSection> contentSections,
                            @Schema(required = true) List<vn.safeonline.plan.PlanDtos.RecipientInput> recipients,
                            String signerAuthority, String signerTitle, String signerName, String contactName, String contactTitle,
                            String contactPhone, LocalDate startDate, LocalDate endDate) {
    }

    @Schema(name = "PlanDraft", description = "What the importer read. Nothing is saved until the coordinator confirms.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Draft(@Schema(required = true, enumeration = {"TEXT", "DOCX", "PDF", "OCR"}) String sourceKind,
                        @Schema(required = true, description = "the document's lines, which source spans point into") List<String> lines,
                        @Schema(required = true) DraftPlan plan, @Schema(required = true) List<DraftTask> tasks,
                        @Schema(required = true) List<DraftEvent> events, @Schema(required = true) List<DraftQuota> quotas, DraftCampaign campaign,
                        @Schema(required = true) List<Field> fields, @Schema(required = true) List<String> warnings) {
    }

    @Schema(name = "ImportQuotaInput")
    public record QuotaConfirm(@NotNull @Min(0) @Max(20) @Schema(required = true, description = "index into events") Integer eventIndex,
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
    public record Result(@Schema(required = true) long planId, @Schema(required = true) List<Long> taskIds, @Schema(required = true) List<Long> eventIds,
                         @Schema(required = true) List<Long> quotaIds, Long campaignId) {
    }

    static OrgRef ref(OrgMatcher.Org o) {
        return new OrgRef(o.id(), o.code(), o.name(), vn.safeonline.org.OrganizationType.valueOf(o.type()));
    }
}
