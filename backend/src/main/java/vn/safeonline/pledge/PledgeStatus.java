package vn.safeonline.pledge;

public enum PledgeStatus { PENDING, HELD, APPROVED, REJECTED }
