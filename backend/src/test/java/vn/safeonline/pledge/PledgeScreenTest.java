package vn.safeonline.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The wall's test set (src/test/resources/vn/safeonline/pledge/wall-messages.csv): ordinary pledges children write
 * must pass, and every insult, contact, address and markup is held with its reason code.
 */
class PledgeScreenTest {
    record Case(String expected, String displayName, String text) {
    }

    static List<Case> cases() throws IOException {
        try (Reader in = new InputStreamReader(Objects.requireNonNull(PledgeScreenTest.class.getResourceAsStream("wall-messages.csv")), StandardCharsets.UTF_8)) {
            List<Case> out = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get().parse(in)) {
                out.add(new Case(r.get("expected"), r.get("displayName"), r.get("text")));
            }
            return out;
        }
    }

    @Test
    void theTestSetIsClassifiedAsTheReadmeSays() throws IOException {
        List<Case> cases = cases();
        long ordinary = cases.stream().filter(c -> c.expected().equals("PASS")).count();
        assertTrue(cases.size() >= 60, "at least 60 messages, found " + cases.size());
        assertTrue(ordinary >= 25, "at least 25 ordinary pledges, found " + ordinary);
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            String got = PledgeScreen.screen(c.displayName(), c.text()).map(PledgeScreen.Hold::code).orElse("PASS");
            if (!got.equals(c.expected())) wrong.add(c.expected() + " ≠ " + got + ": " + c.displayName() + " | " + c.text());
        }
        assertEquals(List.of(), wrong, "misclassified " + wrong.size() + " of " + cases.size());
    }

    @Test
    void everyReasonHasACodeAndBothLanguages() {
        List<String> codes = PledgeScreen.reasons().stream().map(PledgeScreen.Hold::code).toList();
        assertEquals(List.of("MARKUP", "PHONE", "EMAIL", "LINK", "SOCIAL_ACCOUNT", "PERSONAL_DETAILS", "ABUSE"), codes);
        PledgeScreen.reasons().forEach(h -> assertTrue(!h.vi().isBlank() && !h.en().isBlank() && !h.vi().equals(h.en()), h.code()));
        assertEquals("UNKNOWN", PledgeScreen.reason("UNKNOWN").code());
    }

    @Test
    void foldingAloneNeverMakesAWordVulgar() {
        for (String innocent : List.of("lớn", "buổi", "cá", "đi", "các", "đeo", "du lịch", "con chó của em", "chó", "đồ ngủ", "dù mà", "lon nước", "DM")) {
            assertEquals("PASS", PledgeScreen.screen("An", innocent).map(PledgeScreen.Hold::code).orElse("PASS"), innocent);
        }
    }
}
