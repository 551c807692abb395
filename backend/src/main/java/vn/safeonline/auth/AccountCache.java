package vn.safeonline.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.safeonline.org.OrganizationChanged;
import vn.safeonline.user.AccountChanged;
import vn.safeonline.user.AppUser;

/**
 * The accounts of recent callers, so that a burst of requests (a door scanning a delegate a
 * second) does not read the same account on every one. An entry lives a few seconds, and any
 * change to an account or an organisation (the {@link AccountChanged} and {@link OrganizationChanged}
 * events that user and org fire) empties the cache at once and again when its transaction ends: a
 * suspended account or a moved organisation takes effect at once on this instance, and within
 * {@code app.auth.account-cache-ms} on the others.
 */
@ApplicationScoped
public class AccountCache {
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(AppUser user, long expiresAt) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    @ConfigProperty(name = "app.auth.account-cache-ms", defaultValue = "5000")
    long ttlMillis;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** The cached account, or null. */
    public AppUser cached(String username) {
        Entry e = entries.get(username);
        return e != null && System.nanoTime() - e.expiresAt < 0 ? e.user : null;
    }

    /** The cached account, or the loader's (a missing or suspended account is never cached). */
    public AppUser get(String username, Function<String, AppUser> loader) {
        AppUser cached = cached(username);
        if (cached != null) return cached;
        AppUser user = loader.apply(username);
        if (user != null && ttlMillis > 0) {
            if (entries.size() >= MAX_ENTRIES) entries.clear();
            entries.put(username, new Entry(user, System.nanoTime() + ttlMillis * 1_000_000));
        }
        return user;
    }

    /** Empties the cache now and again when the current transaction ends (a reader in between may have cached the old state). */
    void changed() {
        entries.clear();
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    entries.clear();
                }
            });
        }
    }

    void onAccountChanged(@Observes AccountChanged event) {
        changed();
    }

    void onOrganizationChanged(@Observes OrganizationChanged event) {
        changed();
    }
}
