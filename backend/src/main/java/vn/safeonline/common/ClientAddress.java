package vn.safeonline.common;

import io.vertx.core.http.HttpServerRequest;

/**
 * The client's address as the limits see it: the connection's peer, or, when
 * {@code quarkus.http.proxy.proxy-address-forwarding} is set behind a reverse proxy, the address the proxy forwards
 * (Quarkus rewrites the request's remote address). The public rate limit and the sign-in throttle both ask it.
 */
public final class ClientAddress {
    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        return request == null || request.remoteAddress() == null ? "?" : request.remoteAddress().host();
    }
}
