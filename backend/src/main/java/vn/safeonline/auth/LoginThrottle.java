package vn.safeonline.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.safeonline.common.AuditEvent;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.common.Json;
import vn.safeonline.user.AppUser;

/**
 * Sign-in attempts are counted per account and per client address in PostgreSQL (table {@code login_throttle}),
 * so that every replica sees the same counts. Each attempt is one atomic upsert (the SQL function
 * {@code login_attempt} of changeset 012) made before the password is checked: the first free failures are free,
 * then each attempt sets a delay that doubles up to a lock; while it runs, attempts are refused with 429 and
 * Retry-After, without checking the password. Unknown usernames are counted like real ones, so neither the status
 * nor the body says whether an account exists. A successful sign-in forgets the account's attempts and gives the
 * address its attempt back. Time comes from the business clock.
 */
@ApplicationScoped
public class LoginThrottle {
    @ConfigProperty(name = "app.login.window", defaultValue = "PT15M")
    Duration window;
    @ConfigProperty(name = "app.login.base-delay", defaultValue = "PT1S")
    Duration baseDelay;
    @ConfigProperty(name = "app.login.max-lock", defaultValue = "PT15M")
    Duration maxLock;
    @ConfigProperty(name = "app.login.account.free-failures", defaultValue = "5")
    int accountFree;
    @ConfigProperty(name = "app.login.address.free-failures", defaultValue = "50")
    int addressFree;

    @Inject
    EntityManager em;
    @Inject
    BusinessClock clock;

    /** Refused: the account or the address must wait until {@code until}. */
    public static final class TooManyAttempts extends RuntimeException {
        final long retryAfterSeconds;

        TooManyAttempts(long retryAfterSeconds) {
            super(null, null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }

    static String accountKey(String username) {
        return "account:" + username.trim().toLowerCase(Locale.ROOT);
    }

    static String addressKey(String address) {
        return "address:" + address;
    }

    /**
     * Counts an attempt for the address, then for the account; throws {@link TooManyAttempts} (after the count is
     * committed) when either must wait.
     */
    public void attempt(String username, String address) {
        Instant refusedUntil = QuarkusTransaction.requiringNew().call(() -> count(username, address));
        if (refusedUntil != null) {
            long millis = Duration.between(clock.instant(), refusedUntil).toMillis();
            throw new TooManyAttempts(Math.max(1, (millis + 999) / 1000));
        }
    }

    private Instant count(String username, String address) {
        Instant now = clock.instant();
        if (ThreadLocalRandom.current().nextInt(200) == 0) forgetStale(now);
        Instant until = one(addressKey(address), now, addressFree);
        if (until == null) until = one(accountKey(username), now, accountFree);
        return until;
    }

    private Instant one(String key, Instant now, int free) {
        Object r = em.createNativeQuery("select cast(extract(epoch from login_attempt(?1, to_timestamp(?2 / 1000.0), ?3 * interval '1 millisecond', ?4, "
                        + "?5 * interval '1 millisecond', ?6 * interval '1 millisecond')) * 1000 as bigint)")
                .setParameter(1, key).setParameter(2, now.toEpochMilli()).setParameter(3, window.toMillis()).setParameter(4, free)
                .setParameter(5, baseDelay.toMillis()).setParameter(6, maxLock.toMillis())
                .getSingleResult();
        return r == null ? null : Instant.ofEpochMilli(((Number) r).longValue());
    }

    private void forgetStale(Instant now) {
        em.createNativeQuery("delete from login_throttle where greatest(last_attempt_at, blocked_until) < to_timestamp(?1 / 1000.0)")
                .setParameter(1, now.minus(window).toEpochMilli()).executeUpdate();
    }

    /** The right password: the account starts afresh, and the address gets this attempt back. */
    @Transactional
    public void succeeded(String username, String address) {
        em.createNativeQuery("delete from login_throttle where key = ?1").setParameter(1, accountKey(username)).executeUpdate();
        em.createNativeQuery("update login_throttle set failures = failures - 1, blocked_until = case when failures - 1 <= ?2 then null else blocked_until end "
                + "where key = ?1 and failures > 0").setParameter(1, addressKey(address)).setParameter(2, addressFree).executeUpdate();
    }

    /** A failed sign-in, in the audit log: who was tried, from where; never the password. */
    @Transactional
    public void failed(String username, String address) {
        AppUser user = AppUser.findActiveByUsername(username.trim().toLowerCase(Locale.ROOT)).orElse(null);
        AuditEvent e = new AuditEvent();
        e.at = clock.now();
        e.tenantId = user == null ? null : user.organization.tenant();
        e.actor = printable(username);
        e.action = "LOGIN_FAILED";
        e.entityType = "user";
        e.entityId = user == null ? null : user.id;
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("address", address);
        what.put("reason", user == null ? "UNKNOWN_ACCOUNT" : "WRONG_PASSWORD");
        e.after = Json.write(what);
        e.persist();
    }

    private static String printable(String username) {
        String s = username.replaceAll("[^\\p{L}\\p{N}_.@-]", "?");
        return s.length() > 64 ? s.substring(0, 64) : s;
    }
}
