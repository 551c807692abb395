package vn.safeonline.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.safeonline.org.OrgRef;
import vn.safeonline.org.OrganizationType;

/** The shapes of campaigns, their units and activity reports on the wire. */
public final class CampaignDtos {
    private CampaignDtos() {
    }

    public static final String URL = "^https?://[^\\s<>\"]+$";
    public static final String URL_MESSAGE = "{vn.safeonline.url}";

    @Schema(name = "CampaignMaterial")
    public record Material(@NotBlank @Size(max = 300) @Schema(required = true, examples = "Trailer Ngày hội an toàn số") String title,
                           @NotBlank @Size(max = 1000) @Pattern(regexp = URL, message = URL_MESSAGE) @Schema(required = true) String url) {
    }

    @Schema(name = "CampaignInput")
    public record CampaignInput(
            @NotBlank @Size(max = 300) @Schema(required = true, examples = "Không một mình – Cùng nhau an toàn trực tuyến") String name,
            @Size(max = 10) List<@NotBlank @Size(max = 300) String> slogans,
            @Size(max = 20) List<@NotBlank @Size(max = 100) @Pattern(regexp = "^#[^\\s#]+$", message = "{vn.safeonline.hashtag}") String> hashtags,
            @NotNull @Schema(required = true, examples = "2025-10-06") LocalDate startsOn,
            @NotNull @Schema(required = true, examples = "2025-11-30") LocalDate endsOn,
            @Size(max = 2000) String organisers,
            @Size(max = 2000) String directAudience,
            @Size(max = 2000) String indirectAudience,
            @Size(max = 20) List<@NotBlank @Size(max = 1000) String> keyMessages,
            @Size(max = 1000) @Pattern(regexp = URL, message = URL_MESSAGE) String trailerUrl,
            @Size(max = 50) List<@Valid @NotNull Material> materials,
            @Schema(description = "pledges young people may choose on the Digital Safety Wall")
            @Size(max = 20) List<@NotBlank @Size(max = 280) String> pledgeTemplates) {
    }

    @Schema(name = "Campaign")
    public record CampaignView(
            @Schema(required = true) long id, @Schema(required = true, description = "the opaque id public pages and links use (not the database id)", examples = "3f9a0c2b7e1d4a5c") String publicId, @Schema(required = true) long planId, @Schema(required = true) String planTitle,
            @Schema(required = true) String name, @Schema(required = true) List<String> slogans, @Schema(required = true) List<String> hashtags,
            @Schema(required = true) LocalDate startsOn, @Schema(required = true) LocalDate endsOn,
            String organisers, String directAudience, String indirectAudience, @Schema(required = true) List<String> keyMessages,
            String trailerUrl, @Schema(required = true) List<Material> materials, @Schema(required = true) List<String> pledgeTemplates,
            @Schema(required = true) boolean hasFrame,
            @Schema(description = "public address of the frame PNG, when uploaded") String frameUrl,
            @Schema(required = true) int version,
            @Schema(required = true, description = "the caller edits the campaign, its units, targets and the wall") boolean canManage,
            @Schema(required = true, description = "the caller reports activities for at least one unit") boolean canReport,
            @Schema(description = "the caller's own unit in the campaign, if it is one") OrgRef myUnit,
            @Schema(required = true, description = "the caller moderates the wall: a manager, or of an organisation the campaign gives its wall to")
            boolean canModerateWall) {

        static CampaignView of(Campaign c, boolean canManage, boolean canReport, OrgRef myUnit, boolean canModerateWall) {
            return new CampaignView(c.id, c.publicId, c.plan.id, c.plan.title, c.name, c.slogans(), c.hashtags(), c.startsOn, c.endsOn, c.organisers,
                    c.directAudience, c.indirectAudience, c.keyMessages(), c.trailerUrl, c.materials(), c.pledgeTemplates(), c.hasFrame(),
                    c.hasFrame() ? "/api/public/campaigns/" + c.publicId + "/frame.png" : null, c.version, canManage, canReport, myUnit, canModerateWall);
        }
    }

    @Schema(name = "WallModerators", description = "the organisations whose officers and coordinators moderate the wall, besides the plan's managers")
    public record WallModeratorsView(@Schema(required = true) List<OrgRef> organizations) {
    }

    @Schema(name = "WallModeratorInput")
    public record WallModeratorInput(@NotNull @Schema(required = true, examples = "42") Long organizationId) {
    }

    @Schema(name = "CampaignUnit")
    public record UnitView(@Schema(required = true) OrgRef organization, @Schema(required = true) int officers,
                           @Schema(required = true) int pupils, @Schema(required = true) int students, @Schema(required = true) int teachers,
                           @Schema(required = true) int parents) {
    }

    @Schema(name = "Headcounts", description = "a unit's people by audience: the denominators of its targets")
    public record Headcounts(@NotNull @Min(0) @Max(1_000_000) @Schema(required = true) Integer officers,
                             @NotNull @Min(0) @Max(1_000_000) @Schema(required = true) Integer pupils,
                             @NotNull @Min(0) @Max(1_000_000) @Schema(required = true) Integer students,
                             @NotNull @Min(0) @Max(1_000_000) @Schema(required = true) Integer teachers,
                             @Min(0) @Max(1_000_000) @Schema(description = "pupils' parents reached through the unit; default 0") Integer parents) {
    }

    @Schema(name = "AddUnitsRequest", description = "organisations of the deployment to take in: by type (e.g. every school) and/or by id")
    public record AddUnits(@Size(max = 20) List<@NotNull OrganizationType> organizationTypes,
                           @Size(max = 5000) List<@NotNull Long> organizationIds) {
    }

    @Schema(name = "AddUnitsResult")
    public record AddUnitsResult(@Schema(required = true) int added, @Schema(required = true) long units) {
    }

    @Schema(name = "HeadcountImportError")
    public record RowError(@Schema(required = true) int row, @Schema(required = true) String message) {
    }

    @Schema(name = "HeadcountImportResult")
    public record HeadcountImportResult(@Schema(required = true) int updated, @Schema(required = true) List<RowError> errors) {
    }

    @Schema(name = "ActivityReportInput")
    public record ReportInput(
            @Schema(description = "the unit reported for; default the caller's organisation") Long organizationId,
            @NotNull @Schema(required = true) ActivityType type,
            @NotNull @Schema(required = true, examples = "2025-10-08") LocalDate date,
            @Size(max = 300) @Schema(examples = "Trường THPT Châu Văn Liêm") String place,
            @Min(0) @Max(1_000_000) Integer officers, @Min(0) @Max(1_000_000) Integer pupils, @Min(0) @Max(1_000_000) Integer students,
            @Min(0) @Max(1_000_000) Integer teachers, @Min(0) @Max(1_000_000) Integer parents, @Min(0) @Max(1_000_000) Integer others,
            @Min(0) @Max(1_000_000_000) Long views, @Min(0) @Max(1_000_000_000) Long shares,
            @Size(max = 20) List<@NotBlank @Size(max = 1000) @Pattern(regexp = URL, message = URL_MESSAGE) String> links,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "ActivityPhoto")
    public record PhotoView(@Schema(required = true) long id, @Schema(required = true) String contentType, @Schema(required = true) int size,
                            @Schema(required = true) int width, @Schema(required = true) int height) {
    }

    @Schema(name = "ActivityReport")
    public record ReportView(@Schema(required = true) long id, @Schema(required = true) long campaignId,
                             @Schema(required = true) OrgRef organization, @Schema(required = true) ActivityType type,
                             @Schema(required = true) LocalDate date, String place,
                             @Schema(required = true) int officers, @Schema(required = true) int pupils, @Schema(required = true) int students,
                             @Schema(required = true) int teachers, @Schema(required = true) int parents, @Schema(required = true) int others,
                             @Schema(required = true) long views, @Schema(required = true) long shares,
                             @Schema(required = true) List<String> links, String note, @Schema(required = true) List<PhotoView> photos,
                             @Schema(required = true) OffsetDateTime createdAt, @Schema(required = true) boolean canDelete,
                             @Schema(description = "why the report is held for review and not counted; absent: counted") String heldReason,
                             @Schema(description = "when the row last changed (the cursor for updatedSince)") OffsetDateTime updatedAt) {
    }
}
