package vn.safeonline.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Conditional reads, once for every JSON read of the API (single objects and lists): a 200 answer to a GET carries a strong
 * {@code ETag} computed from its body (SHA-256 of the JSON, base64url), and a request whose {@code If-None-Match} names it
 * (weak comparison, RFC 9110 §13.1.2, or {@code *}) is answered 304 with the ETag and no body. A resource that tags its answer
 * with the object's version ({@link Etags}) keeps it as the prefix: {@code "<version>.<hash>"}, so that the tag still works in
 * {@code If-Match} and also changes when something derived from other rows changes (a task's progress). Files (xlsx, pdf,
 * images) are not tagged here.
 */
@Provider
public class ConditionalGet implements ContainerResponseFilter {
    public static final String IF_NONE_MATCH = "If-None-Match";

    @Inject
    ObjectMapper json;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != 200 || !response.hasEntity()) return;
        if (!request.getUriInfo().getPath().startsWith("/api/")) return;
        MediaType type = response.getMediaType();
        // no type yet: an object the resource answered as Response.ok(view), written as JSON by the resource's @Produces
        if (type != null && !("application".equals(type.getType()) && "json".equals(type.getSubtype()))) return;
        Object entity = response.getEntity();
        if (entity instanceof byte[] || entity instanceof java.io.InputStream || entity instanceof jakarta.ws.rs.core.StreamingOutput
                || entity instanceof java.io.File || entity instanceof java.nio.file.Path || entity instanceof CharSequence) return;
        String tag;
        try {
            tag = hash(json.writeValueAsBytes(entity));
        } catch (JsonProcessingException e) {
            return; // the writer will fail the same way and answer the error
        }
        Object version = response.getHeaders().getFirst(HttpHeaders.ETAG);
        String opaque = version == null ? tag : Etags.opaque(version.toString()) + "." + tag;
        String etag = "\"" + opaque + "\"";
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        if (matches(request.getHeaderString(IF_NONE_MATCH), opaque)) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
        }
    }

    /** If-None-Match: {@code *}, or a list of entity tags compared weakly (a W/ prefix is ignored) with the current one. */
    static boolean matches(String ifNoneMatch, String opaque) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank() || ifNoneMatch.length() > 4096) return false;
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*")) return true;
            if (c.startsWith("W/")) c = c.substring(2);
            if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"") && c.substring(1, c.length() - 1).equals(opaque)) return true;
        }
        return false;
    }

    private static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27); // 160 bits are plenty for a tag
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
