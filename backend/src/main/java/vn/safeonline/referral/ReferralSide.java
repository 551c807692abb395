package vn.safeonline.referral;

/** Which end of a case the caller's organisation is: it opened the case, or it receives it. */
public enum ReferralSide {
    OPENED, RECEIVED
}
