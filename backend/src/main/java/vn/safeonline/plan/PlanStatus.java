package vn.safeonline.plan;

/** DRAFT → ISSUED → CLOSED, and CANCELLED from DRAFT or ISSUED. */
public enum PlanStatus {
    DRAFT, ISSUED, CLOSED, CANCELLED
}
