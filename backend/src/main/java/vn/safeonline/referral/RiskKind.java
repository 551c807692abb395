package vn.safeonline.referral;

/** What the child is at risk of, in the plan's words (thao túng, lừa đảo, bắt cóc trực tuyến, xâm hại, tự cô lập). */
public enum RiskKind {
    MANIPULATION, SCAM, ONLINE_KIDNAPPING, ABUSE, SELF_ISOLATION, OTHER
}
