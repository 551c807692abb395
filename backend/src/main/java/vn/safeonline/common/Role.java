package vn.safeonline.common;

/** What a user may do, within its own organisation and the plans that organisation is party to. */
public enum Role {
    /** Administers organisations and users of its deployment (its People's Committee's tree). */
    ADMIN,
    /** Owns plans or is their standing agency: sees, edits drafts, transitions and urges. */
    COORDINATOR,
    /** Works for its own organisation: reports progress on its tasks. */
    OFFICER,
    /** Reads what its organisation may see. */
    VIEWER;

    public static final String ADMIN_ = "ADMIN";
    public static final String COORDINATOR_ = "COORDINATOR";
    public static final String OFFICER_ = "OFFICER";
    public static final String VIEWER_ = "VIEWER";
}
