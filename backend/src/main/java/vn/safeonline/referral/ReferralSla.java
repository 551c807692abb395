package vn.safeonline.referral;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The referral SLA, the one place that decides "overdue": the receiver acknowledges within 24 hours of opening and makes
 * the first contact within 72 hours. A step is overdue while it is still to be done and its time has passed on the
 * business clock; a closed case is never overdue. The case view and the standing agency's escalation counts both ask
 * {@link #of}.
 */
@Schema(name = "ReferralSla", description = "When the receiver must acknowledge and make first contact, and which of those is overdue now")
public record ReferralSla(
        @Schema(required = true, description = "opened + 24 hours") OffsetDateTime acknowledgeBy,
        @Schema(required = true, description = "opened + 72 hours") OffsetDateTime contactBy,
        @Schema(required = true, description = "the steps still to do whose time has passed; empty when none") List<OverdueKind> overdue) {

    public static final Duration ACKNOWLEDGE_WITHIN = Duration.ofHours(24);
    public static final Duration CONTACT_WITHIN = Duration.ofHours(72);

    public static ReferralSla of(ReferralStatus status, OffsetDateTime openedAt, OffsetDateTime now) {
        OffsetDateTime acknowledgeBy = openedAt.plus(ACKNOWLEDGE_WITHIN);
        OffsetDateTime contactBy = openedAt.plus(CONTACT_WITHIN);
        List<OverdueKind> overdue = new ArrayList<>(2);
        if (status == ReferralStatus.OPEN && now.isAfter(acknowledgeBy)) overdue.add(OverdueKind.ACKNOWLEDGEMENT);
        if ((status == ReferralStatus.OPEN || status == ReferralStatus.ACKNOWLEDGED) && now.isAfter(contactBy)) overdue.add(OverdueKind.FIRST_CONTACT);
        return new ReferralSla(acknowledgeBy, contactBy, List.copyOf(overdue));
    }

    public boolean isOverdue(OverdueKind kind) {
        return overdue.contains(kind);
    }
}
