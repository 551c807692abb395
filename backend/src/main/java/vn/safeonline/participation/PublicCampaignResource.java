package vn.safeonline.participation;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.campaign.Campaign;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.ProblemType;
import vn.safeonline.common.Text;
import vn.safeonline.participation.PublicDtos.AdoptionRequest;
import vn.safeonline.participation.PublicDtos.AdoptionResult;
import vn.safeonline.participation.PublicDtos.PledgeReceipt;
import vn.safeonline.participation.PublicDtos.PledgeRequest;
import vn.safeonline.participation.PublicDtos.PledgeStatus;
import vn.safeonline.participation.PublicDtos.PublicCampaign;
import vn.safeonline.participation.PublicDtos.PublicUnit;
import vn.safeonline.participation.PublicDtos.Wall;
import vn.safeonline.participation.PublicDtos.WallPledge;

/**
 * What young people and the public do without an account: read the campaign, frame an avatar (counted
 * per unit, once per device), sign the Digital Safety Wall and read it. Rate-limited per client
 * (PublicRateLimit); no personal data beyond a display name and a unit.
 */
@Path("/api/public/campaigns/{campaignId}")
@Tag(name = "Public participation", description = "Không cần tài khoản: khung ảnh đại diện, Bức tường An toàn số, trắc nghiệm")
@Produces(MediaType.APPLICATION_JSON)
public class PublicCampaignResource {
    @Inject
    EntityManager em;
    @Inject
    javax.sql.DataSource dataSource;
    @Inject
    DeviceIds devices;

    private Campaign campaign(long id) {
        Campaign c = Campaign.findById(id);
        if (c == null) throw ApiException.notFound("Chiến dịch", id);
        return c;
    }

    @GET
    @Operation(operationId = "getPublicCampaign", summary = "The campaign's public face: name, slogans, hashtags, key messages, pledge templates")
    public PublicCampaign get(@PathParam("campaignId") long campaignId) {
        Campaign c = campaign(campaignId);
        return new PublicCampaign(c.id, c.name, c.slogans(), c.hashtags(), c.startsOn, c.endsOn, c.keyMessages(), c.hasFrame(), c.pledgeTemplates());
    }

    @GET
    @Path("frame.png")
    @Produces("image/png")
    @Operation(operationId = "getCampaignFrame", summary = "The avatar frame (PNG with transparency)")
    @APIResponse(responseCode = "200", description = "The frame", content = @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response frame(@PathParam("campaignId") long campaignId) {
        Campaign c = campaign(campaignId);
        if (!c.hasFrame()) throw new ApiException(ProblemType.NOT_FOUND, "Chiến dịch chưa có khung ảnh");
        return Response.ok(c.framePng).type("image/png").header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "public, max-age=300").tag(Long.toString(c.frameUploadedAt.toEpochSecond())).build();
    }

    @GET
    @Path("units/{code}")
    @Operation(operationId = "getPublicUnit", summary = "A unit of the campaign by its code (the code a school or police unit shares in its link)")
    public PublicUnit unit(@PathParam("campaignId") long campaignId,
                           @PathParam("code") @Pattern(regexp = PublicDtos.UNIT_CODE, message = "mã đơn vị không hợp lệ") String code) {
        try (Connection conn = dataSource.getConnection()) {
            UnitCodes.Unit unit = UnitCodes.find(conn, campaignId, code);
            if (unit == null) throw new ApiException(ProblemType.NOT_FOUND, "Mã đơn vị “" + code + "” không thuộc chiến dịch này");
            return new PublicUnit(unit.code(), unit.name());
        } catch (SQLException e) {
            throw new IllegalStateException("unit lookup failed", e);
        }
    }

    private record CampaignRow(boolean hasFrame, String pledgeTemplates) {
    }

    /** The campaign's frame flag and pledge templates on the caller's connection (no ORM session on the public hot paths); 404 when none. */
    private static CampaignRow campaignRow(Connection conn, long campaignId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("select frame_uploaded_at is not null, pledge_templates::text from campaign where id = ?")) {
            ps.setLong(1, campaignId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw ApiException.notFound("Chiến dịch", campaignId);
                return new CampaignRow(rs.getBoolean(1), rs.getString(2));
            }
        }
    }

    @POST
    @Path("adoptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "countFrameAdoption", summary = "Count a framed avatar for a unit, once per device (the photo never leaves the browser)")
    @APIResponse(responseCode = "201", description = "Counted", content = @Content(schema = @Schema(implementation = AdoptionResult.class)))
    @APIResponse(responseCode = "200", description = "This device was already counted", content = @Content(schema = @Schema(implementation = AdoptionResult.class)))
    public Response adopt(@PathParam("campaignId") long campaignId, @Valid @NotNull AdoptionRequest request) {
        String hash = devices.hash(request.deviceId());
        try (Connection conn = dataSource.getConnection()) {
            if (!campaignRow(conn, campaignId).hasFrame()) throw new ApiException(ProblemType.CONFLICT, "Chiến dịch chưa có khung ảnh");
            Long unit = UnitCodes.idOrRefuse(conn, campaignId, request.unitCode());
            try (PreparedStatement ps = conn.prepareStatement("insert into frame_adoption (campaign_id, device_hash, organization_id) values (?, ?, ?)"
                    + " on conflict do nothing")) {
                ps.setLong(1, campaignId);
                ps.setString(2, hash);
                ps.setObject(3, unit, java.sql.Types.BIGINT);
                boolean counted = ps.executeUpdate() == 1;
                return Response.status(counted ? 201 : 200).entity(new AdoptionResult(counted)).build();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("adoption failed", e);
        }
    }

    @POST
    @Path("pledges")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signWall", summary = "Sign the Digital Safety Wall: a display name, a unit, a pledge from the templates or one's own",
            description = "Every pledge waits for a moderator; one with a phone number, an email, a link, a handle, markup or abuse is held with the reason. "
                    + "Nothing else about the person is kept.")
    @APIResponse(responseCode = "202", description = "Received, awaiting moderation", content = @Content(schema = @Schema(implementation = PledgeReceipt.class)))
    public Response sign(@PathParam("campaignId") long campaignId, @Valid @NotNull PledgeRequest request) {
        String name = Text.clean(request.displayName());
        if (name == null) throw ApiException.field("displayName", "Required", "Nhập tên hiển thị");
        String text;
        try (Connection conn = dataSource.getConnection()) {
            CampaignRow campaign = campaignRow(conn, campaignId);
            if ((request.templateIndex() == null) == (request.text() == null || request.text().isBlank())) {
                throw ApiException.field("text", "OneOf", "Chọn một lời cam kết mẫu hoặc tự viết, một trong hai");
            }
            if (request.templateIndex() != null) {
                List<String> templates = vn.safeonline.common.Json.read(campaign.pledgeTemplates(),
                        new com.fasterxml.jackson.core.type.TypeReference<List<String>>() {
                        });
                if (request.templateIndex() >= templates.size()) throw ApiException.unprocessable("templateIndex", "UnknownTemplate", "Không có lời cam kết mẫu này");
                text = templates.get(request.templateIndex());
            } else {
                text = Text.clean(request.text());
            }
            Long unit = UnitCodes.idOrRefuse(conn, campaignId, request.unitCode());
            String held = PledgeScreen.heldReason(name, text);
            PledgeStatus status = held == null ? PledgeStatus.PENDING : PledgeStatus.HELD;
            try (PreparedStatement ps = conn.prepareStatement("insert into pledge (id, campaign_id, organization_id, display_name, text, status, held_reason)"
                    + " values (nextval('pledge_seq'), ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, campaignId);
                ps.setObject(2, unit, java.sql.Types.BIGINT);
                ps.setString(3, name);
                ps.setString(4, text);
                ps.setString(5, status.name());
                ps.setString(6, held);
                ps.executeUpdate();
            }
            String message = held == null ? "Cảm ơn bạn! Lời cam kết sẽ hiện trên bức tường sau khi được duyệt."
                    : "Lời cam kết đang chờ kiểm tra vì " + held.toLowerCase(Locale.ROOT) + ". Đừng ghi số điện thoại, email hay đường dẫn của bạn.";
            return Response.status(202).entity(new PledgeReceipt(status, message)).build();
        } catch (SQLException e) {
            throw new IllegalStateException("pledge failed", e);
        }
    }

    @GET
    @Path("wall")
    @Operation(operationId = "getWall", summary = "The approved pledges, newest first, with the live count")
    public Wall wall(@PathParam("campaignId") long campaignId,
                     @QueryParam("page") @DefaultValue("1") @Min(1) @Max(10000) int page,
                     @QueryParam("size") @DefaultValue("30") @Min(1) @Max(100) int size) {
        campaign(campaignId);
        long total = ((Number) em.createNativeQuery("select count(*) from pledge where campaign_id = ?1 and status = 'APPROVED'")
                .setParameter(1, campaignId).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select p.id, p.display_name, o.name, p.text, p.moderated_at from pledge p"
                        + " left join organization o on o.id = p.organization_id where p.campaign_id = ?1 and p.status = 'APPROVED'"
                        + " order by p.moderated_at desc, p.id desc limit ?2 offset ?3")
                .setParameter(1, campaignId).setParameter(2, size).setParameter(3, (page - 1) * size).getResultList();
        List<WallPledge> items = new ArrayList<>();
        for (Object[] r : rows) {
            items.add(new WallPledge(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], vn.safeonline.common.SqlValues.offsetDateTime(r[4])));
        }
        return new Wall(total, page, size, items);
    }
}
