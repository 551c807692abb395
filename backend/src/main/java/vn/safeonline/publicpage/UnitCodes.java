package vn.safeonline.publicpage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import vn.safeonline.common.ApiException;

/**
 * The unit a public page names by its code (the code a school or police unit shares in its link). The
 * public hot paths (framing, signing, answering) look it up on their own JDBC connection, without an ORM session.
 */
@ApplicationScoped
public class UnitCodes {
    @Inject
    DataSource dataSource;

    public record Unit(long id, String code, String name) {
    }

    /** The unit with this code (case ignored) of the campaign a public page names by its public id (404 as PublicCampaigns.facts), or null. */
    public Unit find(String publicId, String code) {
        try (Connection conn = dataSource.getConnection()) {
            return find(conn, PublicCampaigns.facts(conn, publicId).id(), code);
        } catch (SQLException e) {
            throw new IllegalStateException("unit lookup failed", e);
        }
    }

    /** The campaign's unit with this code (case ignored), or null. */
    public static Unit find(Connection conn, long campaignId, String code) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("select o.id, o.code, o.name from campaign_unit cu join organization o on o.id = cu.organization_id"
                + " where cu.campaign_id = ? and o.code = ?")) {
            ps.setLong(1, campaignId);
            ps.setString(2, code.trim().toUpperCase(Locale.ROOT));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Unit(rs.getLong("id"), rs.getString("code"), rs.getString("name")) : null;
            }
        }
    }

    /** The unit's id for an optional code: null without a code, 422 for a code that is not a unit of the campaign. */
    public static Long idOrRefuse(Connection conn, long campaignId, String code) throws SQLException {
        if (code == null || code.isBlank()) return null;
        Unit unit = find(conn, campaignId, code);
        if (unit == null) throw ApiException.unprocessable("unitCode", "UnknownUnit", "Mã đơn vị không thuộc chiến dịch này");
        return unit.id();
    }
}
