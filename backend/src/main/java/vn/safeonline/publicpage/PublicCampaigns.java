package vn.safeonline.publicpage;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import vn.safeonline.campaign.Campaign;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.Json;

/** The campaign a public page shows: 404 "Chiến dịch" for one that does not exist, whichever page asks. */
public final class PublicCampaigns {
    private PublicCampaigns() {
    }

    /** What the public write paths need of the campaign: whether it has a frame, and its pledge templates. */
    public record Facts(boolean hasFrame, String pledgeTemplatesJson) {
        public List<String> pledgeTemplates() {
            return Json.read(pledgeTemplatesJson, new TypeReference<List<String>>() {
            });
        }
    }

    /** The campaign entity (ORM), or 404. */
    public static Campaign find(long campaignId) {
        Campaign c = Campaign.findById(campaignId);
        if (c == null) throw ApiException.notFound("Chiến dịch", campaignId);
        return c;
    }

    /** The campaign's facts on the caller's connection (no ORM session on the public hot paths), or 404. */
    public static Facts facts(Connection conn, long campaignId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("select frame_uploaded_at is not null as has_frame, pledge_templates::text as pledge_templates"
                + " from campaign where id = ?")) {
            ps.setLong(1, campaignId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw ApiException.notFound("Chiến dịch", campaignId);
                return new Facts(rs.getBoolean("has_frame"), rs.getString("pledge_templates"));
            }
        }
    }
}
