package vn.safeonline.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditEvent;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.common.Json;
import vn.safeonline.common.ProblemType;
import vn.safeonline.user.AppUser;
import vn.safeonline.user.Passwords;

/**
 * A person's session in a browser (issue 16): a short access token (JWT, {@code app.token.lifespan-seconds}, kept in the
 * page's memory) and a refresh token in an HttpOnly, SameSite=Strict cookie scoped to {@code /api/auth}. The refresh token
 * is 32 random bytes; PostgreSQL keeps only its SHA-256 (table {@code refresh_token}), so every replica agrees. Each
 * refresh rotates it: the presented token is marked used and a successor joins the same family. A used token presented
 * again means a copy is in someone else's hands: the whole family is revoked. A token lives {@code app.session.idle-timeout}
 * after it was issued (each refresh slides the session on) and never past {@code app.session.max-lifetime} after the
 * sign-in. Sign-out revokes the family. Every refresh re-reads the account: a disabled account cannot refresh, and
 * changed roles are in the next token. Time comes from the business clock.
 */
@ApplicationScoped
public class Sessions {
    private static final Logger LOG = Logger.getLogger(Sessions.class);
    /** The cookie's name (a constant: the contract names it). */
    public static final String COOKIE = "safeonline_refresh";
    /** The cookie goes only to the sign-in, refresh and sign-out addresses. */
    public static final String COOKIE_PATH = "/api/auth";
    private static final SecureRandom RANDOM = new SecureRandom();

    @ConfigProperty(name = "app.token.lifespan-seconds", defaultValue = "900")
    long accessLifespan;
    @ConfigProperty(name = "app.session.idle-timeout", defaultValue = "PT8H")
    Duration idleTimeout;
    @ConfigProperty(name = "app.session.max-lifetime", defaultValue = "PT24H")
    Duration maxLifetime;
    @ConfigProperty(name = "app.session.cookie-secure", defaultValue = "true")
    boolean cookieSecure;

    @Inject
    EntityManager em;
    @Inject
    BusinessClock clock;
    @Inject
    AccessTokens tokens;
    @Inject
    LoginThrottle throttle;

    /** What a sign-in or a refresh answers: the access token, its life in seconds, and the Set-Cookie value for the new refresh token. */
    public record Session(String accessToken, long expiresIn, String setCookie) {
    }

    /** A rotation's outcome inside its transaction: a session, or why not (committed before the refusal is thrown). */
    private record Rotation(Session session, String refused) {
    }

    /** A password sign-in: throttled, audited; a new family. */
    public Session signIn(String username, String password, String address) {
        throttle.attempt(username, address);
        AppUser user = AppUser.findActiveByUsername(username.trim().toLowerCase(Locale.ROOT)).filter(u -> !u.system).orElse(null);
        if (!Passwords.verify(password, user == null ? null : user.passwordHash)) {
            LOG.infof("login refused for %s", username.replaceAll("[^a-zA-Z0-9_.-]", "?"));
            throttle.failed(username, address);
            throw new ApiException(ProblemType.INVALID_CREDENTIALS, "Kiểm tra lại tên đăng nhập và mật khẩu");
        }
        throttle.succeeded(username, address);
        long userId = user.id;
        return QuarkusTransaction.requiringNew().call(() -> {
            AppUser u = AppUser.findById(userId);
            OffsetDateTime now = clock.now();
            String raw = issue(u.id, UUID.randomUUID(), now, now);
            audit(u, "LOGIN", address);
            return new Session(tokens.sign(u, accessLifespan, null), accessLifespan, cookie(raw));
        });
    }

    /** Rotates the cookie's refresh token: a new access token and a new cookie, or 401 session-expired. */
    public Session refresh(String raw, String address) {
        Rotation r = raw == null || raw.isBlank() ? new Rotation(null, "Không có phiên đăng nhập")
                : QuarkusTransaction.requiringNew().call(() -> rotate(raw, address));
        if (r.refused() != null) throw new ApiException(ProblemType.SESSION_EXPIRED, r.refused());
        return r.session();
    }

    private Rotation rotate(String raw, String address) {
        OffsetDateTime now = clock.now();
        RefreshToken token = RefreshToken.lockByHash(hash(raw)).orElse(null);
        if (token == null) return new Rotation(null, "Phiên đăng nhập không tồn tại");
        if (token.revokedAt != null) return new Rotation(null, "Phiên đăng nhập đã kết thúc");
        AppUser user = AppUser.findById(token.userId);
        if (token.usedAt != null) {
            // a rotated token came back: whoever holds the family's tokens, none of them is trusted any more
            RefreshToken.revokeFamily(token.familyId, now);
            audit(user, "SESSION_REUSED", address);
            LOG.warnf("a used refresh token of user %d came back: its session is revoked", token.userId);
            return new Rotation(null, "Phiên đăng nhập đã bị thu hồi vì mã làm mới bị dùng lại");
        }
        if (!token.expiresAt.isAfter(now)) return new Rotation(null, "Phiên đăng nhập đã hết hạn");
        if (user == null || !user.active || user.system) {
            RefreshToken.revokeFamily(token.familyId, now);
            return new Rotation(null, "Tài khoản không còn hoạt động");
        }
        token.usedAt = now;
        em.flush(); // the predecessor stops being live before its successor is (one live token per family)
        String next = issue(user.id, token.familyId, token.familyStartedAt, now);
        return new Rotation(new Session(tokens.sign(user, accessLifespan, null), accessLifespan, cookie(next)), null);
    }

    /** Sign-out: the cookie's family is revoked (nothing to do without a known cookie); audited. */
    public void signOut(String raw, String address) {
        if (raw == null || raw.isBlank()) return;
        QuarkusTransaction.requiringNew().run(() -> {
            RefreshToken token = RefreshToken.lockByHash(hash(raw)).orElse(null);
            if (token == null) return;
            if (RefreshToken.revokeFamily(token.familyId, clock.now()) > 0) {
                AppUser user = AppUser.findById(token.userId);
                if (user != null) audit(user, "LOGOUT", address);
            }
        });
    }

    /** Deletes the refresh tokens past their expiry (nightly, {@link SessionPruning}); the rows deleted. */
    public int pruneExpired() {
        return (int) RefreshToken.delete("expiresAt < ?1", clock.now());
    }

    /** The Set-Cookie value that removes the cookie (sign-out, refused refresh). */
    public String clearedCookie() {
        return COOKIE + "=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT" + attributes();
    }

    private String cookie(String raw) {
        // no Max-Age: the browser forgets it when it closes; the server's expiry bounds it anyway
        return COOKIE + "=" + raw + attributes();
    }

    private String attributes() {
        return "; Path=" + COOKIE_PATH + "; HttpOnly" + (cookieSecure ? "; Secure" : "") + "; SameSite=Strict";
    }

    private String issue(long userId, UUID family, OffsetDateTime familyStarted, OffsetDateTime now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        RefreshToken t = new RefreshToken();
        t.userId = userId;
        t.familyId = family;
        t.tokenHash = hash(raw);
        t.familyStartedAt = familyStarted;
        t.issuedAt = now;
        OffsetDateTime idle = now.plus(idleTimeout);
        OffsetDateTime max = familyStarted.plus(maxLifetime);
        t.expiresAt = idle.isBefore(max) ? idle : max;
        if (!t.expiresAt.isAfter(now)) t.expiresAt = now.plusSeconds(1);
        t.persist();
        return raw;
    }

    static byte[] hash(String raw) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sign-in, sign-out and a detected reuse in the audit log: who, from where; never a token. */
    private void audit(AppUser user, String action, String address) {
        AuditEvent e = new AuditEvent();
        e.at = clock.now();
        e.tenantId = user == null ? null : user.organization.tenant();
        e.actorId = user == null ? null : user.id;
        e.actor = user == null ? null : user.username;
        e.action = action;
        e.entityType = "user";
        e.entityId = user == null ? null : user.id;
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("address", address);
        e.after = Json.write(what);
        e.persist();
    }
}
