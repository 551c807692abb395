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

/** The campaign a public page shows: 404 "Chiến dịch" for one that does not exist, whichever page asks. */
public final class PublicCampaigns {
    private PublicCampaigns() {
    }

    /** What the public write paths need of the campaign: whether it has a frame, its pledge templates and its period. */
    public record Facts(boolean hasFrame, String pledgeTemplatesJson, LocalDate startsOn, LocalDate endsOn) {
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

    /** The campaign entity (ORM), or 404 — also for a campaign of a plan still in draft: nothing of a draft is public. */
    public static Campaign find(long campaignId) {
        Campaign c = Campaign.findById(campaignId);
        if (c == null || c.plan.status == vn.safeonline.plan.PlanStatus.DRAFT) throw ApiException.notFound("Chiến dịch", campaignId);
        return c;
    }

    /** The campaign's facts on the caller's connection (no ORM session on the public hot paths), or 404 (also while its plan is a draft). */
    public static Facts facts(Connection conn, long campaignId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("select c.frame_uploaded_at is not null as has_frame, c.pledge_templates::text as pledge_templates, c.starts_on, c.ends_on"
                + " from campaign c join plan p on p.id = c.plan_id where c.id = ? and p.status <> 'DRAFT'")) {
            ps.setLong(1, campaignId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw ApiException.notFound("Chiến dịch", campaignId);
                return new Facts(rs.getBoolean("has_frame"), rs.getString("pledge_templates"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class));
            }
        }
    }
}
