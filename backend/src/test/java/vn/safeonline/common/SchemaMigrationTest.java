package vn.safeonline.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** A restart on a current schema skips Liquibase; anything else runs it, and nothing is applied twice. */
@QuarkusTest
class SchemaMigrationTest {
    @Inject SchemaMigration migration;
    @Inject AgroalDataSource dataSource;

    @Test
    void aCurrentSchemaSkipsLiquibaseAndAMissingRecordRunsItWithoutApplyingAnythingTwice() throws SQLException {
        String fingerprint = SchemaMigration.fingerprint(SchemaMigrationTest::resource);
        assertEquals(1, count("select count(*) from schema_release where fingerprint = '" + fingerprint + "'"),
                "the start that migrated recorded this changelog's fingerprint");
        long changesets = count("select count(*) from databasechangelog");

        assertFalse(migration.migrate(), "the schema is current: Liquibase is not run");

        exec("delete from schema_release");
        assertTrue(migration.migrate(), "no record of this changelog: Liquibase runs");
        assertEquals(changesets, count("select count(*) from databasechangelog"), "every changeset was applied once already");
        assertEquals(1, count("select count(*) from schema_release where fingerprint = '" + fingerprint + "'"));
        assertFalse(migration.migrate());
    }

    @Test
    void theFingerprintCoversTheMasterAndEveryFileItIncludes() {
        String original = SchemaMigration.fingerprint(SchemaMigrationTest::resource);
        assertEquals(original, SchemaMigration.fingerprint(SchemaMigrationTest::resource), "the same files, the same fingerprint");
        String editedChangeset = SchemaMigration.fingerprint(path -> path.endsWith("001-foundation.sql")
                ? (new String(resource(path), StandardCharsets.UTF_8) + "\n-- edited").getBytes(StandardCharsets.UTF_8)
                : resource(path));
        assertNotEquals(original, editedChangeset, "an edited changeset is another changelog");
        String newChangeset = SchemaMigration.fingerprint(path -> path.equals(SchemaMigration.CHANGELOG)
                ? (new String(resource(path), StandardCharsets.UTF_8)
                        + "  - include:\n      file: changes/001-foundation.sql\n      relativeToChangelogFile: true\n").getBytes(StandardCharsets.UTF_8)
                : resource(path));
        assertNotEquals(original, newChangeset, "an added include is another changelog");
    }

    private static byte[] resource(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException(path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private void exec(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
