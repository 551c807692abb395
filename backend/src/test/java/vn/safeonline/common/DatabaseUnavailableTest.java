package vn.safeonline.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.safeonline.campaign.CampaignTest;

/** When no database connection can be had, callers are told to come back (503, Retry-After), not that we broke (500). */
@QuarkusTest
class DatabaseUnavailableTest {
    @Inject
    AgroalDataSource ds;

    @Test
    void anUnreachableDatabaseIsA503WithRetryAfter() throws SQLException {
        String campaign = vn.safeonline.support.Api.publicCampaign(CampaignTest.demoCampaign());
        var pool = ds.getConfiguration().connectionPoolConfiguration();
        Duration timeout = pool.acquisitionTimeout();
        int max = pool.maxSize();
        List<Connection> held = new ArrayList<>();
        try {
            pool.setAcquisitionTimeout(Duration.ofMillis(300));
            pool.setMaxSize(1);
            try {
                for (int i = 0; i < 200; i++) held.add(ds.getConnection()); // until the pool has none left to give
            } catch (SQLException exhausted) {
                // every connection is held: the next request cannot reach the database
            }
            given().header("Accept-Language", "en").get(campaign).then().statusCode(503)
                    .contentType(startsWith("application/problem+json")).body("code", equalTo("service-unavailable"))
                    .header("Retry-After", notNullValue());
        } finally {
            for (Connection c : held) c.close();
            pool.setMaxSize(max);
            pool.setAcquisitionTimeout(timeout);
        }
        given().get(campaign).then().statusCode(200);
    }
}
