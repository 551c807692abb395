package vn.safeonline.referral;

/** OPEN → ACKNOWLEDGED → IN_CONTACT → CLOSED; a case the receiver has not acknowledged may be withdrawn (CLOSED, WITHDRAWN). */
public enum ReferralStatus {
    OPEN, ACKNOWLEDGED, IN_CONTACT, CLOSED
}
