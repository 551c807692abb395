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
                           @NotBlank @Size(max = 1000) @Pattern(regexp = URL, message = URL_MESSAGE) @Schema(examples = "https://www.youtube.com/watch?v=an-toan-so", required = true) String url) {
    }

    @Schema(name = "CampaignInput")
    public record CampaignInput(
            @NotBlank @Size(max = 300) @Schema(required = true, examples = "Không một mình – Cùng nhau an toàn trực tuyến") String name,
            @Schema(examples = "[\"Không một mình\", \"Lướt mạng an toàn, vững vàng tương lai\"]") @Size(max = 10) List<@NotBlank @Size(max = 300) String> slogans,
            @Schema(examples = "[\"#KhongMotMinh\", \"#AnToanTrucTuyen\"]") @Size(max = 20) List<@NotBlank @Size(max = 100) @Pattern(regexp = "^#[^\\s#]+$", message = "{vn.safeonline.hashtag}") String> hashtags,
            @NotNull @Schema(required = true, examples = "2025-10-06") LocalDate startsOn,
            @NotNull @Schema(required = true, examples = "2025-11-30") LocalDate endsOn,
            @Schema(examples = "Thành đoàn Cần Thơ phối hợp Sở Giáo dục và Đào tạo") @Size(max = 2000) String organisers,
            @Schema(examples = "Học sinh THCS, THPT và cha mẹ học sinh trên địa bàn thành phố") @Size(max = 2000) String directAudience,
            @Schema(examples = "Giáo viên, cán bộ Đoàn, Hội và người dân") @Size(max = 2000) String indirectAudience,
            @Schema(examples = "[\"Không một mình — luôn có người lắng nghe\", \"Gặp chuyện trên mạng, hãy nói với người lớn tin cậy\"]") @Size(max = 20) List<@NotBlank @Size(max = 1000) String> keyMessages,
            @Schema(examples = "https://www.youtube.com/watch?v=an-toan-so") @Size(max = 1000) @Pattern(regexp = URL, message = URL_MESSAGE) String trailerUrl,
            @Size(max = 50) List<@Valid @NotNull Material> materials,
            @Schema(examples = "[\"Em hứa không chia sẻ thông tin cá nhân trên mạng\", \"Em hứa báo với người lớn khi bị bắt nạt trên mạng\"]", description = "pledges young people may choose on the Digital Safety Wall")
            @Size(max = 20) List<@NotBlank @Size(max = 280) String> pledgeTemplates) {
    }

    @Schema(name = "Campaign")
    public record CampaignView(
            @Schema(examples = "42", required = true) long id, @Schema(required = true, description = "the opaque id public pages and links use (not the database id)", examples = "3f9a0c2b7e1d4a5c") String publicId, @Schema(examples = "120", required = true) long planId, @Schema(examples = "Kế hoạch triển khai chiến dịch “Không một mình”", required = true) String planTitle,
            @Schema(examples = "Chiến dịch “Không một mình” năm 2025", required = true) String name, @Schema(examples = "[\"Không một mình\", \"Lướt mạng an toàn, vững vàng tương lai\"]", required = true) List<String> slogans, @Schema(examples = "[\"#KhongMotMinh\", \"#AnToanTrucTuyen\"]", required = true) List<String> hashtags,
            @Schema(required = true) LocalDate startsOn, @Schema(required = true) LocalDate endsOn,
            @Schema(examples = "Thành đoàn Cần Thơ phối hợp Sở Giáo dục và Đào tạo") String organisers, @Schema(examples = "Học sinh THCS, THPT và cha mẹ học sinh trên địa bàn thành phố") String directAudience, @Schema(examples = "Giáo viên, cán bộ Đoàn, Hội và người dân") String indirectAudience, @Schema(examples = "[\"Không một mình — luôn có người lắng nghe\", \"Gặp chuyện trên mạng, hãy nói với người lớn tin cậy\"]", required = true) List<String> keyMessages,
            @Schema(examples = "https://www.youtube.com/watch?v=an-toan-so") String trailerUrl, @Schema(required = true) List<Material> materials, @Schema(examples = "[\"Em hứa không chia sẻ thông tin cá nhân trên mạng\", \"Em hứa báo với người lớn khi bị bắt nạt trên mạng\"]", required = true) List<String> pledgeTemplates,
            @Schema(required = true) boolean hasFrame,
            @Schema(examples = "/api/campaigns/3/frame", description = "public address of the frame PNG, when uploaded") String frameUrl,
            @Schema(examples = "3", required = true) int version,
            @Schema(required = true, description = "the caller edits the campaign, its units, targets and the wall") boolean canManage,
            @Schema(required = true, description = "the caller reports activities for at least one unit") boolean canReport,
            @Schema(description = "the caller's own unit in the campaign, if it is one") OrgRef myUnit,
            @Schema(required = true, description = "the caller moderates the wall: a manager, or of an organisation the campaign gives its wall to")
            boolean canModerateWall,
            @Schema(required = true, description = "the caller may open the campaign's plan (a unit of the campaign that is no party to the plan may not)")
            boolean planVisible) {

        static CampaignView of(Campaign c, boolean canManage, boolean canReport, OrgRef myUnit, boolean canModerateWall, boolean planVisible) {
            return new CampaignView(c.id, c.publicId, c.plan.id, c.plan.title, c.name, c.slogans(), c.hashtags(), c.startsOn, c.endsOn, c.organisers,
                    c.directAudience, c.indirectAudience, c.keyMessages(), c.trailerUrl, c.materials(), c.pledgeTemplates(), c.hasFrame(),
                    c.hasFrame() ? "/api/public/campaigns/" + c.publicId + "/frame.png" : null, c.version, canManage, canReport, myUnit, canModerateWall, planVisible);
        }
    }

    @Schema(name = "WallModerators", description = "the organisations whose officers and coordinators moderate the wall, besides the plan's managers")
    public record WallModeratorsView(@Schema(required = true) List<OrgRef> organizations) {
    }

    @Schema(name = "WallModeratorInput")
    public record WallModeratorInput(@NotNull @Schema(required = true, examples = "42") Long organizationId) {
    }

    @Schema(name = "CampaignUnit")
    public record UnitView(@Schema(required = true) OrgRef organization, @Schema(examples = "4", required = true) int officers,
                           @Schema(examples = "0", required = true) int pupils, @Schema(examples = "1200", required = true) int students, @Schema(examples = "85", required = true) int teachers,
                           @Schema(examples = "350", required = true) int parents) {
    }

    @Schema(name = "Headcounts", description = "a unit's people by audience: the denominators of its targets")
    public record Headcounts(@NotNull @Min(0) @Max(1_000_000) @Schema(examples = "4", required = true) Integer officers,
                             @NotNull @Min(0) @Max(1_000_000) @Schema(examples = "0", required = true) Integer pupils,
                             @NotNull @Min(0) @Max(1_000_000) @Schema(examples = "1200", required = true) Integer students,
                             @NotNull @Min(0) @Max(1_000_000) @Schema(examples = "85", required = true) Integer teachers,
                             @Min(0) @Max(1_000_000) @Schema(examples = "350", description = "pupils' parents reached through the unit; default 0") Integer parents) {
    }

    @Schema(name = "AddUnitsRequest", description = "organisations of the deployment to take in: by type (e.g. every school) and/or by id")
    public record AddUnits(@Size(max = 20) List<@NotNull OrganizationType> organizationTypes,
                           @Schema(examples = "[12, 15]") @Size(max = 5000) List<@NotNull Long> organizationIds) {
    }

    @Schema(name = "AddUnitsResult")
    public record AddUnitsResult(@Schema(examples = "24", required = true) int added, @Schema(examples = "24", required = true) long units) {
    }

    @Schema(name = "HeadcountImportError")
    public record RowError(@Schema(examples = "7", required = true) int row, @Schema(examples = "Số điện thoại không hợp lệ", required = true) String message) {
    }

    @Schema(name = "HeadcountImportResult")
    public record HeadcountImportResult(@Schema(examples = "24", required = true) int updated, @Schema(required = true) List<RowError> errors) {
    }

    @Schema(name = "ActivityReportInput")
    public record ReportInput(
            @Schema(examples = "12", description = "the unit reported for; default the caller's organisation") Long organizationId,
            @NotNull @Schema(required = true) ActivityType type,
            @NotNull @Schema(required = true, examples = "2025-10-08") LocalDate date,
            @Size(max = 300) @Schema(examples = "Trường THPT Châu Văn Liêm") String place,
            @Schema(examples = "4") @Min(0) @Max(1_000_000) Integer officers, @Schema(examples = "0") @Min(0) @Max(1_000_000) Integer pupils, @Schema(examples = "1200") @Min(0) @Max(1_000_000) Integer students,
            @Schema(examples = "85") @Min(0) @Max(1_000_000) Integer teachers, @Schema(examples = "350") @Min(0) @Max(1_000_000) Integer parents, @Schema(examples = "20") @Min(0) @Max(1_000_000) Integer others,
            @Schema(examples = "1500") @Min(0) @Max(1_000_000_000) Long views, @Schema(examples = "85") @Min(0) @Max(1_000_000_000) Long shares,
            @Schema(examples = "[\"https://www.facebook.com/thptchauvanliem/posts/12345\"]") @Size(max = 20) List<@NotBlank @Size(max = 1000) @Pattern(regexp = URL, message = URL_MESSAGE) String> links,
            @Schema(examples = "Tổ chức chuyên đề dưới cờ cho toàn trường") @Size(max = 2000) String note) {
    }

    @Schema(name = "ActivityPhoto")
    public record PhotoView(@Schema(examples = "42", required = true) long id, @Schema(examples = "image/jpeg", required = true) String contentType, @Schema(examples = "245760", required = true) int size,
                            @Schema(examples = "1920", required = true) int width, @Schema(examples = "1080", required = true) int height) {
    }

    @Schema(name = "ActivityReport")
    public record ReportView(@Schema(examples = "42", required = true) long id, @Schema(examples = "3", required = true) long campaignId,
                             @Schema(required = true) OrgRef organization, @Schema(required = true) ActivityType type,
                             @Schema(required = true) LocalDate date, @Schema(examples = "Trường THPT Châu Văn Liêm") String place,
                             @Schema(examples = "4", required = true) int officers, @Schema(examples = "0", required = true) int pupils, @Schema(examples = "1200", required = true) int students,
                             @Schema(examples = "85", required = true) int teachers, @Schema(examples = "350", required = true) int parents, @Schema(examples = "20", required = true) int others,
                             @Schema(examples = "1500", required = true) long views, @Schema(examples = "85", required = true) long shares,
                             @Schema(examples = "[\"https://www.facebook.com/thptchauvanliem/posts/12345\"]", required = true) List<String> links, @Schema(examples = "Tổ chức chuyên đề dưới cờ cho toàn trường") String note, @Schema(required = true) List<PhotoView> photos,
                             @Schema(required = true) OffsetDateTime createdAt, @Schema(required = true) boolean canDelete,
                             @Schema(examples = "Có số điện thoại", description = "why the report is held for review and not counted; absent: counted") String heldReason,
                             @Schema(description = "when the row last changed (the cursor for updatedSince)") OffsetDateTime updatedAt) {
    }
}
