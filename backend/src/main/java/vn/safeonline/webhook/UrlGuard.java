package vn.safeonline.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Where webhooks may be sent: http(s) URLs whose host resolves only to public addresses. Loopback, private, link-local,
 * site-local, multicast and unspecified addresses are refused unless allowed by configuration (app.webhooks.allow-private,
 * for tests and closed networks) — checked when subscribing and again before every delivery (a name may change address).
 */
public final class UrlGuard {
    private UrlGuard() {
    }

    /** Null when the URL may receive webhooks; else why not (Vietnamese). */
    public static String refusal(String url, boolean allowPrivate) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            return "Địa chỉ không hợp lệ";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && allowPrivate)) return "Chỉ nhận địa chỉ https://";
        if (uri.getHost() == null || uri.getUserInfo() != null) return "Địa chỉ không hợp lệ";
        if (allowPrivate) return null;
        try {
            for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
                if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress() || a.isMulticastAddress()
                        || isUniqueLocal(a)) {
                    return "Địa chỉ trỏ tới mạng nội bộ hoặc máy chủ này; không gửi webhook tới đó";
                }
            }
        } catch (UnknownHostException e) {
            return "Không tìm thấy tên miền " + uri.getHost();
        }
        return null;
    }

    private static boolean isUniqueLocal(InetAddress a) {
        byte[] b = a.getAddress();
        return b.length == 16 && (b[0] & 0xfe) == 0xfc; // fc00::/7
    }
}
