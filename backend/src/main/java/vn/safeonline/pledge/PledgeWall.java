package vn.safeonline.pledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.Text;
import vn.safeonline.pledge.PledgeDtos.PledgeReceipt;
import vn.safeonline.pledge.PledgeDtos.PledgeRequest;
import vn.safeonline.pledge.PledgeDtos.Wall;
import vn.safeonline.pledge.PledgeDtos.WallPledge;
import vn.safeonline.publicpage.PublicCampaigns;
import vn.safeonline.publicpage.UnitCodes;

/**
 * The public side of the Digital Safety Wall: signing it and reading it, on a JDBC connection of its own
 * (no ORM session on the public hot paths). Every pledge waits for a moderator (PledgeModeration).
 */
@ApplicationScoped
public class PledgeWall {
    @Inject
    DataSource dataSource;
    @Inject
    vn.safeonline.common.BusinessClock clock;

    /** A pledge from a template or of one's own, screened (PledgeScreen) and queued; 404 for an unknown campaign. */
    public PledgeReceipt sign(String publicId, PledgeRequest request) {
        String name = Text.clean(request.displayName());
        if (name == null) throw ApiException.field("displayName", "Required", "Nhập tên hiển thị");
        try (Connection conn = dataSource.getConnection()) {
            PublicCampaigns.Facts campaign = PublicCampaigns.facts(conn, publicId);
            long campaignId = campaign.id();
            campaign.requireRunning(clock.today());
            if ((request.templateIndex() == null) == (request.text() == null || request.text().isBlank())) {
                throw ApiException.field("text", "OneOf", "Chọn một lời cam kết mẫu hoặc tự viết, một trong hai");
            }
            String text;
            if (request.templateIndex() != null) {
                List<String> templates = campaign.pledgeTemplates();
                if (request.templateIndex() >= templates.size()) throw ApiException.unprocessable("templateIndex", "UnknownTemplate", "Không có lời cam kết mẫu này");
                text = templates.get(request.templateIndex());
            } else {
                text = Text.clean(request.text());
            }
            Long unit = UnitCodes.idOrRefuse(conn, campaignId, request.unitCode());
            PledgeScreen.Hold hold = PledgeScreen.screen(name, text).orElse(null);
            String held = hold == null ? null : hold.vi();
            PledgeStatus status = held == null ? PledgeStatus.PENDING : PledgeStatus.HELD;
            try (PreparedStatement ps = conn.prepareStatement("insert into pledge (id, campaign_id, organization_id, display_name, text, status, held_reason, audience, created_at, held_code)"
                    + " values (nextval('pledge_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, campaignId);
                ps.setObject(2, unit, Types.BIGINT);
                ps.setString(3, name);
                ps.setString(4, text);
                ps.setString(5, status.name());
                ps.setString(6, held);
                ps.setString(7, request.audience() == null ? null : request.audience().name());
                ps.setObject(8, clock.now());
                ps.setString(9, hold == null ? null : hold.code());
                ps.executeUpdate();
            }
            String message = held == null ? "Cảm ơn bạn! Lời cam kết sẽ hiện trên bức tường sau khi được duyệt."
                    : "Lời cam kết đang chờ kiểm tra vì " + held.toLowerCase(Locale.ROOT) + ". Đừng ghi số điện thoại, email, đường dẫn, tài khoản mạng xã hội,"
                    + " họ tên kèm lớp hay địa chỉ nhà của bạn.";
            return new PledgeReceipt(status, message);
        } catch (SQLException e) {
            throw new IllegalStateException("pledge failed", e);
        }
    }

    /** A page of the approved pledges, newest first, with the live count; 404 for an unknown campaign. */
    public Wall wall(String publicId, int page, int size) {
        try (Connection conn = dataSource.getConnection()) {
            long campaignId = PublicCampaigns.facts(conn, publicId).id();
            long total;
            try (PreparedStatement ps = conn.prepareStatement("select count(*) as approved from pledge where campaign_id = ? and status = 'APPROVED'")) {
                ps.setLong(1, campaignId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong("approved");
                }
            }
            List<WallPledge> items = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("select p.id, p.display_name, o.name as unit_name, p.text, p.moderated_at from pledge p"
                    + " left join organization o on o.id = p.organization_id where p.campaign_id = ? and p.status = 'APPROVED'"
                    + " order by p.moderated_at desc, p.id desc limit ? offset ?")) {
                ps.setLong(1, campaignId);
                ps.setInt(2, size);
                ps.setInt(3, (page - 1) * size);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new WallPledge(rs.getLong("id"), rs.getString("display_name"), rs.getString("unit_name"), rs.getString("text"),
                                rs.getObject("moderated_at", OffsetDateTime.class)));
                    }
                }
            }
            return new Wall(total, page, size, items);
        } catch (SQLException e) {
            throw new IllegalStateException("wall failed", e);
        }
    }
}
