package vn.safeonline.referral;

/** Which step of the SLA a case has missed (see {@link ReferralSla}). */
public enum OverdueKind {
    /** Still OPEN 24 hours after it was opened. */
    ACKNOWLEDGEMENT,
    /** No first contact 72 hours after it was opened. */
    FIRST_CONTACT
}
