package vn.safeonline.publicpage;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.safeonline.campaign.Campaign;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.ProblemType;
import vn.safeonline.common.Json;

/** The campaign a public page shows, by its public id: 404 for one that does not exist or is not issued yet, whichever page asks. */
public final class PublicCampaigns {
    private PublicCampaigns() {
    }

    /** What the public write paths need of the campaign: its database id, whether it has a frame, its pledge templates and its period. */
    public record Facts(long id, boolean hasFrame, String pledgeTemplatesJson, LocalDate startsOn, LocalDate endsOn) {
        public List<String> pledgeTemplates() {
            return Json.read(pledgeTemplatesJson, new TypeReference<List<String>>() {
            });
        }

        public void requireRunning(LocalDate today) {
            PublicCampaigns.requireRunning(startsOn, endsOn, today);
        }
    }

    /**
     * The campaign's period bounds every public action (a framed avatar, a pledge, a quiz counted): before its start or after its
     * end (Vietnam's day, from the business clock) the page is told so with 409 window-closed, and nothing is counted.
     */
    public static void requireRunning(LocalDate startsOn, LocalDate endsOn, LocalDate today) {
        if (today.isAfter(endsOn)) {
            throw new ApiException(ProblemType.WINDOW_CLOSED, "Chiến dịch đã kết thúc ngày " + endsOn.format(DAY) + "; cảm ơn bạn đã quan tâm.");
        }
        if (today.isBefore(startsOn)) {
            throw new ApiException(ProblemType.WINDOW_CLOSED, "Chiến dịch bắt đầu từ ngày " + startsOn.format(DAY) + ".");
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * A public page names a campaign by its public id (never the database id, which is sequential). Public means issued:
     * a campaign of a plan still in draft answers 404 like one that does not exist.
     */
    public static Campaign find(String publicId) {
        Campaign c = Campaign.<Campaign>find("publicId", publicId).firstResult();
        if (c == null) throw notFound(publicId);
        return requirePublic(c, publicId);
    }

    /** The campaign of a public contest or quiz (by the campaign's database id), or 404 under the public id asked for while its plan is a draft. */
    public static Campaign ofPublic(long campaignId, String publicId) {
        Campaign c = Campaign.findById(campaignId);
        if (c == null) throw notFound(publicId);
        return requirePublic(c, publicId);
    }

    private static Campaign requirePublic(Campaign c, String publicId) {
        if (c.plan.status == vn.safeonline.plan.PlanStatus.DRAFT) throw notFound(publicId);
        return c;
    }

    private static ApiException notFound(String publicId) {
        return ApiException.notFound("Chiến dịch", publicId);
    }

    /** The campaign's facts by its public id on the caller's connection (no ORM session on the public hot paths), or 404 (also while its plan is a draft). */
    public static Facts facts(Connection conn, String publicId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("select c.id, c.frame_uploaded_at is not null as has_frame, c.pledge_templates::text as pledge_templates,"
                + " c.starts_on, c.ends_on from campaign c join plan p on p.id = c.plan_id where c.public_id = ? and p.status <> 'DRAFT'")) {
            ps.setString(1, publicId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw notFound(publicId);
                return new Facts(rs.getLong("id"), rs.getBoolean("has_frame"), rs.getString("pledge_templates"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class));
            }
        }
    }
}
