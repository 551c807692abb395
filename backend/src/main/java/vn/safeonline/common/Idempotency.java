package vn.safeonline.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Idempotent creation (Idempotency-Key header, per user): the key is claimed in the transaction of
 * the change, so a concurrent replay waits for the first and then gets its response; a replay gets
 * the first response; the same key with another body is refused (422).
 */
@RequestScoped
public class Idempotency {
    public static final String HEADER = "Idempotency-Key";

    @Inject
    EntityManager em;
    @Inject
    Caller me;

    /** Claims the key in the current transaction: empty for a new request, the first answer for a replay. Only {@link #once} calls it. */
    private Optional<Response> claim(String key, Object request) {
        if (key == null) return Optional.empty();
        if (key.isBlank() || key.length() > 200 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw ApiException.field(HEADER, "Invalid", "Idempotency-Key: 1–200 ký tự ASCII in được, không khoảng trắng");
        }
        // Json writes map entries in key order: Map.of iterates in a per-JVM order, and a replay may reach another replica or a restarted one
        String hash = sha256(Json.write(request));
        int inserted = em.createNativeQuery("insert into idempotency_key (user_id, key, request_hash) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, me.userId()).setParameter(2, key).setParameter(3, hash).executeUpdate();
        if (inserted == 1) return Optional.empty();
        Stored row = stored(key);
        if (!hash.equals(row.requestHash())) {
            throw new ApiException(ProblemType.IDEMPOTENCY_KEY_REUSED, "Khóa " + key + " đã được dùng cho một yêu cầu có nội dung khác",
                    List.of(new Problem.FieldError(HEADER, "Reused", "Dùng một khóa mới cho yêu cầu mới")));
        }
        if (row.status() == null) throw new ApiException(ProblemType.CONFLICT, "Yêu cầu với khóa này đang được xử lý");
        Response.ResponseBuilder replay = Response.status(row.status())
                .entity(row.response()).type(MediaType.APPLICATION_JSON).header("Idempotent-Replayed", "true");
        if (row.location() != null) replay.header("Location", row.location());
        return Optional.of(replay.build());
    }

    /**
     * The one way a create honours an Idempotency-Key: claims the key for this request (what identifies it: path ids and body), answers a
     * replay with the first answer, else creates and stores the answer for replays — all in the creation's transaction, so a refused
     * creation releases the key. Without a key it just creates.
     */
    @Transactional
    public Response once(String key, Object request, java.util.function.Supplier<Response> create) {
        var replay = claim(key, request);
        if (replay.isPresent()) return replay.get();
        return complete(key, create.get());
    }

    /** The OpenAPI description of the header, said the same way on every create that accepts it. */
    public static final String DOC = "Optional, unique per creation you mean once (1–200 printable ASCII characters). A replay with the same key and body "
            + "answers the first response (header Idempotent-Replayed: true) instead of creating again; the same key with another body is refused "
            + "(422 idempotency-key-reused).";

    /** A claimed key: the hash of the request, and the response once the first request completed (status null until then). */
    private record Stored(String requestHash, Integer status, String response, String location) {
    }

    private Stored stored(String key) {
        Tuple t = (Tuple) em.createNativeQuery("select request_hash, status, response, location from idempotency_key where user_id = ?1 and key = ?2", Tuple.class)
                .setParameter(1, me.userId()).setParameter(2, key).getSingleResult();
        Number status = t.get("status", Number.class);
        return new Stored(t.get("request_hash", String.class), status == null ? null : status.intValue(), t.get("response", String.class),
                t.get("location", String.class));
    }

    /** Stores the response for replays and returns it. Only {@link #once} calls it, in its transaction. */
    private Response complete(String key, Response response) {
        if (key == null) return response;
        Object location = response.getHeaderString("Location");
        em.createNativeQuery("update idempotency_key set status = ?1, response = ?2, location = ?3 where user_id = ?4 and key = ?5")
                .setParameter(1, response.getStatus()).setParameter(2, Json.write(response.getEntity()))
                .setParameter(3, location).setParameter(4, me.userId()).setParameter(5, key).executeUpdate();
        return response;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
