package vn.safeonline.referral;

/** How a case ended. WITHDRAWN is the opener's (before the receiver acknowledged it); the others are the receiver's. */
public enum ReferralOutcome {
    /** The child was given support (counselling, psychological or legal help). */
    SUPPORT_PROVIDED,
    /** Handed on to another service (police investigation, health care, legal aid). */
    REFERRED_ONWARD,
    /** Looked into; no support was needed. */
    NO_ACTION_NEEDED,
    /** The child or the family could not be reached. */
    NOT_REACHED,
    /** Opened in error or no longer needed; only the opener, only before acknowledgement. */
    WITHDRAWN
}
