package vn.safeonline.common;

import io.quarkus.liquibase.LiquibaseFactory;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.exception.LiquibaseException;
import org.jboss.logging.Logger;

/**
 * Brings the schema up to date at start (Liquibase owns it), and does nothing when it already is: the changelog's
 * fingerprint — a SHA-256 of the master changelog and of every file it includes, in order — is recorded in
 * {@code schema_release} after a successful update, and a start that finds its own fingerprint there skips Liquibase
 * (parsing the changelog, checksumming 50 changesets, taking and releasing its lock: about a third of a restart on
 * 2 cores, bench/start.sh). Any change to a changeset, a new one, or a database restored from an older backup gives
 * another fingerprint, and Liquibase runs as before — it validates each applied changeset's checksum and applies what is
 * missing, in order, under its lock, so replicas starting together still migrate once.
 * Runs before every other start-up observer: the scheduler's (a job must not fire on a schema still migrating), the log
 * format's, DemoData, the metrics' gauges; with
 * {@code quarkus.liquibase.clean-at-start} (the tests) Quarkus has dropped everything first, this record included.
 */
@ApplicationScoped
public class SchemaMigration {
    static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";
    private static final Pattern INCLUDE = Pattern.compile("(?m)^\\s*file:\\s*(\\S+)\\s*$");
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class);

    @Inject LiquibaseFactory liquibase;
    @Inject DataSource dataSource;

    void onStart(@Observes @Priority(-1) StartupEvent start) { // before the scheduler starts its jobs (priority 0)
        migrate();
    }

    /** Brings the schema to this version's changelog; true when Liquibase ran, false when the schema was already current. */
    public boolean migrate() {
        String fingerprint = fingerprint(SchemaMigration::resource);
        if (recorded(fingerprint)) {
            LOG.infof("schema current (changelog %s…): Liquibase not needed", fingerprint.substring(0, 12));
            return false;
        }
        try (Liquibase l = liquibase.createLiquibase()) {
            l.update(liquibase.createContexts(), liquibase.createLabels());
        } catch (LiquibaseException e) {
            throw new IllegalStateException("the schema could not be brought up to date", e);
        }
        record(fingerprint);
        LOG.infof("schema brought up to date (changelog %s…)", fingerprint.substring(0, 12));
        return true;
    }

    /** The changelog's fingerprint, reading each file through {@code read} (a path under the class path's root). */
    static String fingerprint(Function<String, byte[]> read) {
        MessageDigest sha = sha256();
        byte[] master = read.apply(CHANGELOG);
        digest(sha, CHANGELOG, master);
        String base = CHANGELOG.substring(0, CHANGELOG.lastIndexOf('/') + 1);
        Matcher m = INCLUDE.matcher(new String(master, StandardCharsets.UTF_8));
        while (m.find()) {
            String path = base + m.group(1); // every include of the master is relativeToChangelogFile
            digest(sha, path, read.apply(path));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void digest(MessageDigest sha, String path, byte[] content) {
        sha.update(path.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(Integer.toString(content.length).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(content);
    }

    private static byte[] resource(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("changelog file missing from the build: " + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean recorded(String fingerprint) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement exists = c.prepareStatement("select to_regclass('schema_release') is not null");
             var r = exists.executeQuery()) {
            if (!r.next() || !r.getBoolean(1)) return false; // a new database, or one from before changeset 034
            try (PreparedStatement q = c.prepareStatement("select 1 from schema_release where fingerprint = ?")) {
                q.setString(1, fingerprint);
                try (var found = q.executeQuery()) {
                    return found.next();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the schema's version could not be read", e);
        }
    }

    private void record(String fingerprint) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("insert into schema_release (fingerprint) values (?) on conflict do nothing")) {
            q.setString(1, fingerprint);
            q.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the schema's version could not be recorded", e);
        }
    }
}
