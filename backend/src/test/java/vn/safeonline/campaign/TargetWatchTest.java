package vn.safeonline.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.safeonline.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.safeonline.common.BusinessClock;

/** A target reaching its goal is published once (target.reached) for the listening systems, computed as the indicators are. */
@QuarkusTest
class TargetWatchTest {
    @Inject
    TargetWatch watch;
    @Inject
    EntityManager em;

    long published(long targetId) {
        return ((Number) em.createNativeQuery("select count(*) from event_outbox where type = 'target.reached' and entity_id = ?1")
                .setParameter(1, targetId).getSingleResult()).longValue();
    }

    @Test
    void aTargetReachedIsPublishedOnce() {
        long campaign = CampaignTest.runningCampaign();
        long target = ((Number) as("congan").body(Map.of("name", "Một trường đăng bài", "kind", "UNITS_WITH_ACTIVITY", "activityType", "ANNOUNCEMENT_POST",
                "goalPercent", 1)).post("/api/campaigns/" + campaign + "/targets").then().statusCode(201).extract().path("id")).longValue();
        watch.reached();
        assertEquals(0, published(target), "not reached yet");
        as("thptcvl").body(Map.of("type", "ANNOUNCEMENT_POST", "date", LocalDate.now(BusinessClock.ZONE).toString(), "place", "Trường", "pupils", 10))
                .post("/api/campaigns/" + campaign + "/reports").then().statusCode(201);
        watch.reached();
        assertEquals(1, published(target), "reached: published");
        watch.reached();
        assertEquals(1, published(target), "once");
    }
}
