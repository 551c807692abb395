package vn.safeonline.attendee;

/** SUBMITTED by the inviting agency, CONFIRMED or DECLINED by the person, REPLACED by another, CANCELLED. */
public enum AttendeeStatus {
    SUBMITTED, CONFIRMED, DECLINED, REPLACED, CANCELLED;

    /** Holds a place in its quota. */
    public boolean active() {
        return this == SUBMITTED || this == CONFIRMED;
    }
}
