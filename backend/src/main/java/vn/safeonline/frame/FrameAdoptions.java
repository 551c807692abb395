package vn.safeonline.frame;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import javax.sql.DataSource;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.ProblemType;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.publicpage.DeviceIds;
import vn.safeonline.publicpage.PublicAudience;
import vn.safeonline.publicpage.PublicCampaigns;
import vn.safeonline.publicpage.UnitCodes;

/** Avatars framed on the public page, counted per unit and once per device, on a JDBC connection of its own (a public hot path). */
@ApplicationScoped
public class FrameAdoptions {
    @Inject
    DataSource dataSource;
    @Inject
    DeviceIds devices;
    @Inject
    BusinessClock clock;

    /** Counts the adoption: true when counted, false when this device was already; 409 when the campaign has no frame. */
    public boolean count(String publicId, String unitCode, String deviceId, PublicAudience audience) {
        String hash = devices.hash(deviceId);
        try (Connection conn = dataSource.getConnection()) {
            PublicCampaigns.Facts campaign = PublicCampaigns.facts(conn, publicId);
            long campaignId = campaign.id();
            if (!campaign.hasFrame()) throw new ApiException(ProblemType.CONFLICT, "Chiến dịch chưa có khung ảnh");
            campaign.requireRunning(clock.today());
            Long unit = UnitCodes.idOrRefuse(conn, campaignId, unitCode);
            try (PreparedStatement ps = conn.prepareStatement("insert into frame_adoption (campaign_id, device_hash, organization_id, audience, created_at) values (?, ?, ?, ?, ?)"
                    + " on conflict do nothing")) {
                ps.setLong(1, campaignId);
                ps.setString(2, hash);
                ps.setObject(3, unit, Types.BIGINT);
                ps.setString(4, audience == null ? null : audience.name());
                ps.setObject(5, clock.now());
                return ps.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("adoption failed", e);
        }
    }
}
