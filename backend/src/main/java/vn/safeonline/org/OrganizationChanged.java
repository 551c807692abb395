package vn.safeonline.org;

/** Fired (CDI event) when an organisation is created or changed, so that whoever caches accounts with their organisation can forget them. */
public record OrganizationChanged(long organizationId) {
}
