package vn.safeonline.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What is hashed or digested is written the same way in every JVM (the two-replica test found Map.of's order differing). */
class JsonTest {
    @Test
    void mapsAreWrittenInKeyOrderWhateverTheirIterationOrder() {
        Map<String, Object> backwards = new LinkedHashMap<>();
        backwards.put("quotaId", 8);
        backwards.put("attendee", Map.of("fullName", "Nguyễn Văn An"));
        assertEquals("{\"attendee\":{\"fullName\":\"Nguyễn Văn An\"},\"quotaId\":8}", Json.write(backwards));
    }
}
