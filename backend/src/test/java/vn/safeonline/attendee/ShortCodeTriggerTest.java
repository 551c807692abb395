package vn.safeonline.attendee;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A bulk insert of attendees (the import's commit) checks each new short code with one index probe, never a scan of the
 * table, however small the table was when the session first ran the trigger (a plan kept from then was a sequential scan
 * per row: quadratic, and a 100,000-row import ran into the transaction timeout).
 */
@QuarkusTest
class ShortCodeTriggerTest {
    @Inject AgroalDataSource dataSource;

    @Test
    void aBulkInsertNeverScansTheAttendeeTable() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                long quota;
                long event;
                try (ResultSet r = s.executeQuery("select id, event_id from quota order by id limit 1")) {
                    r.next();
                    quota = r.getLong(1);
                    event = r.getLong(2);
                }
                s.execute("analyze attendee"); // the statistics of a small table, as autovacuum leaves them after the demo's 47 rows
                long before = seqScans(s);
                // ten rows first, as the session's first uses of the trigger while the table is small, then a bulk insert
                s.executeUpdate(insert(quota, event, 10, "a"));
                s.executeUpdate(insert(quota, event, 3000, "b"));
                assertEquals(0, seqScans(s) - before, "each short code is checked through the (event_id, short_code) index");
                try (ResultSet r = s.executeQuery("select count(distinct short_code) from attendee where event_id = " + event
                        + " and full_name like 'Bulk %'")) {
                    r.next();
                    assertEquals(3010, r.getLong(1), "every row got a code of its own");
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    private static String insert(long quota, long event, int rows, String batch) {
        return "insert into attendee (id, quota_id, event_id, full_name, name_search, invitation_token) select nextval('attendee_seq'), "
                + quota + ", " + event + ", 'Bulk ' || g, 'bulk ' || g, md5(g::text || '" + batch + "') from generate_series(1, " + rows + ") g";
    }

    private static long seqScans(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("select seq_scan from pg_stat_xact_user_tables where relname = 'attendee'")) {
            return r.next() ? r.getLong(1) : 0;
        }
    }
}
