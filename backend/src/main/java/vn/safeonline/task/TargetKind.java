package vn.safeonline.task;

/** A count ("invite 20 schools") or a percentage of a scope ("100% of schools"). */
public enum TargetKind {
    COUNT, PERCENT
}
