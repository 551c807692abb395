package vn.safeonline.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first thing every request meets, before any route is chosen (API, SPA, /q): a path must be written
 * in its one canonical spelling, so that what a rule sees (the rate limit, the SPA's files, a proxy's
 * location) is what the router matches. Refused with 400 problem+json: matrix parameters ({@code ;x=y}),
 * empty segments ({@code //}), dot segments, backslashes, percent-encoded unreserved characters (which
 * decode to a different spelling of the same path), encoded slashes and control characters. A URI longer
 * than {@code app.http.max-uri-length} gets 414 and a body declared larger than the body limit 413, both
 * as problems; a body that turns out larger while streaming fails the route with 413, answered the same way.
 */
@ApplicationScoped
public class RequestGuard {
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBody;
    @ConfigProperty(name = "app.http.max-uri-length", defaultValue = "8192")
    int maxUri;
    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(-1_000).handler(this::check);
        router.route().order(-1_000).failureHandler(ctx -> {
            int status = ctx.statusCode();
            if (ctx.response().headWritten() || status != 413 && status != 414) {
                ctx.next();
                return;
            }
            send(ctx, status == 413 ? ProblemType.PAYLOAD_TOO_LARGE : ProblemType.URI_TOO_LONG, status == 413 ? tooLarge(ctx.request()) : tooLong(ctx.request()), true);
        });
    }

    void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String uri = request.uri();
        if (uri != null && uri.length() > maxUri) {
            send(ctx, ProblemType.URI_TOO_LONG, tooLong(request), false);
            return;
        }
        String why = nonCanonical(request.path());
        if (why != null) {
            send(ctx, ProblemType.MALFORMED_REQUEST, english(request) ? "The request path is not in its canonical form: " + why
                    : "Đường dẫn yêu cầu không ở dạng chuẩn: " + vi(why), false);
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && maxBody.isPresent()) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                send(ctx, ProblemType.MALFORMED_REQUEST, english(request) ? "Content-Length is not a number" : "Content-Length không phải là số", true);
                return;
            }
            if (declared > maxBody.get().asLongValue() && !"100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
                // (a client that waits for 100 Continue gets Quarkus' own bodiless 413: the JDK's HttpClient reads the
                // body of a refused expectation twice and hangs on a non-empty one)
                send(ctx, ProblemType.PAYLOAD_TOO_LARGE, tooLarge(request), true);
                return;
            }
        }
        ctx.next();
    }

    /** Why a raw (undecoded) request path is not canonical, or null when it is. */
    static String nonCanonical(String path) {
        if (path == null || path.isEmpty() || path.charAt(0) != '/') return "it does not start with /";
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == ';') return "matrix parameters (;)";
            if (c == '\\') return "a backslash";
            if (c < 0x20 || c == 0x7f) return "a control character";
            if (c == '/' && i + 1 < path.length() && path.charAt(i + 1) == '/') return "an empty segment (//)";
            if (c == '%') {
                int b = i + 2 < path.length() ? hex(path.charAt(i + 1), path.charAt(i + 2)) : -1;
                if (b < 0) return "a broken percent-encoding";
                if (unreserved(b)) return "a percent-encoded unreserved character (%" + path.substring(i + 1, i + 3) + ")";
                if (b == '/' || b == '\\' || b == ';' || b == '%' || b < 0x20 || b == 0x7f) return "a percent-encoded separator or control character (%" + path.substring(i + 1, i + 3) + ")";
                i += 2;
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) return "a dot segment (" + segment + ")";
        }
        return null;
    }

    private static boolean unreserved(int b) {
        return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '-' || b == '.' || b == '_' || b == '~';
    }

    private static int hex(char a, char b) {
        int h = Character.digit(a, 16), l = Character.digit(b, 16);
        return h < 0 || l < 0 ? -1 : h * 16 + l;
    }

    private static String vi(String why) {
        return switch (why.substring(0, Math.min(why.length(), 12))) {
            case "it does not " -> "không bắt đầu bằng /";
            case "matrix param" -> "có tham số ma trận (;)";
            case "a backslash" -> "có dấu \\";
            case "a control ch" -> "có ký tự điều khiển";
            case "an empty seg" -> "có đoạn rỗng (//)";
            case "a broken per" -> "mã hóa phần trăm sai";
            case "a percent-en" -> "có ký tự mã hóa phần trăm không cần mã hóa hoặc là dấu phân cách" + why.substring(why.lastIndexOf(' '));
            case "a dot segmen" -> "có đoạn . hoặc .." + why.substring(why.lastIndexOf(' '));
            default -> why;
        };
    }

    private String tooLarge(HttpServerRequest request) {
        long mb = maxBody.map(m -> m.asLongValue() / (1024 * 1024)).orElse(0L);
        return english(request) ? "The request body is larger than " + mb + " MB" : "Nội dung gửi lên lớn hơn " + mb + " MB";
    }

    private String tooLong(HttpServerRequest request) {
        return english(request) ? "The request URI is longer than " + maxUri + " characters" : "Địa chỉ yêu cầu dài hơn " + maxUri + " ký tự";
    }

    private static boolean english(HttpServerRequest request) {
        return ProblemMappers.english(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** Answers with the problem and, when the body will not be read, closes the connection after it. */
    private void send(RoutingContext ctx, ProblemType type, String detail, boolean close) {
        boolean en = english(ctx.request());
        String instance = type == ProblemType.URI_TOO_LONG ? null : ctx.request().path();
        String body;
        try {
            body = json.writeValueAsString(new Problem(type.uri(), type.code, type.title(en), type.status, detail, instance, null,
                    ctx.request().getHeader(RequestId.HEADER)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        var response = ctx.response().setStatusCode(type.status).putHeader(HttpHeaders.CONTENT_TYPE, ProblemMappers.PROBLEM_JSON + ";charset=UTF-8");
        if (!close) {
            response.end(body);
            return;
        }
        // the body that was refused is not read: the connection ends with this answer
        response.putHeader(HttpHeaders.CONNECTION, "close");
        response.end(body).onComplete(done -> ctx.request().connection().close());
    }
}
