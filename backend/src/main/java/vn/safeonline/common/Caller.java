package vn.safeonline.common;

/**
 * The account making the request, as the packages below auth need it (the audit log, idempotency keys,
 * the tenant filter of organisations and users): plain ids, no account entity, so that common, org and
 * user do not depend on auth. {@code auth.CurrentUser} is the implementation.
 */
public interface Caller {
    long userId();

    String username();

    /** The deployment (the People's Committee at the root of the caller's tree). */
    long tenant();
}
