package vn.safeonline.campaign;

/** Who a headcount counts: the denominators of the targets. */
public enum Audience {
    OFFICERS("officers"), PUPILS("pupils"), STUDENTS("students"), TEACHERS("teachers"), PARENTS("parents");

    /** The column of campaign_unit and activity_report that counts this audience. */
    public final String column;

    Audience(String column) {
        this.column = column;
    }
}
