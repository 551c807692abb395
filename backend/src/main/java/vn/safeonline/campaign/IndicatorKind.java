package vn.safeonline.campaign;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a target's value is computed from reports. */
@Schema(name = "IndicatorKind", description = "UNITS_WITH_ACTIVITY: share of units with at least minReports reports of the activity type in the window; "
        + "FRAME_ADOPTION: framed avatars (counted on the public page, plus switches units report) ÷ headcount of the audience; "
        + "PARTICIPATION: participants of the audience in reports ÷ its headcount")
public enum IndicatorKind {
    UNITS_WITH_ACTIVITY, FRAME_ADOPTION, PARTICIPATION
}
