package vn.safeonline.user;

/** Fired (CDI event) when an account is created or changed (roles, organisation, state, password). */
public record AccountChanged(long userId) {
}
