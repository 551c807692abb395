package vn.safeonline.contest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingTest {
    // weights 40/30/30, each out of 10: total = 4 × content + 3 × creativity + 3 × presentation
    static final List<Ranking.Criterion> CRITERIA = List.of(new Ranking.Criterion(1, "Nội dung", 40, 10, 0),
            new Ranking.Criterion(2, "Sáng tạo", 30, 10, 1), new Ranking.Criterion(3, "Trình bày", 30, 10, 2));

    static Map<Long, BigDecimal> sheet(double content, double creativity, double presentation) {
        return Map.of(1L, BigDecimal.valueOf(content), 2L, BigDecimal.valueOf(creativity), 3L, BigDecimal.valueOf(presentation));
    }

    static Ranking.Scored entry(long id, ContestCategory category, Map<Long, Map<Long, BigDecimal>> byJudge) {
        return new Ranking.Scored(id, category, byJudge.size(), byJudge);
    }

    static Ranking.Ranked find(List<Ranking.Ranked> out, long id) {
        return out.stream().filter(r -> r.entryId() == id).findFirst().orElseThrow();
    }

    @Test
    void equalTotalsAreSeparatedByTheHeaviestCriterionAndTheNoteSaysSo() {
        List<Ranking.Ranked> out = Ranking.rank(CRITERIA, List.of(
                entry(1, ContestCategory.DRAWING, Map.of(10L, sheet(7, 7, 7), 11L, sheet(7, 7, 7))),       // 70
                entry(2, ContestCategory.DRAWING, Map.of(10L, sheet(10, 5, 5), 11L, sheet(10, 5, 5))),     // 70, better content
                entry(3, ContestCategory.DRAWING, Map.of(10L, sheet(7, 7, 7), 11L, sheet(7, 7, 7))),       // 70, same as 1
                entry(4, ContestCategory.DRAWING, Map.of(10L, sheet(9, 9, 9), 11L, sheet(8, 8, 8))),       // 85
                entry(5, ContestCategory.DRAWING, Map.of(10L, sheet(9, 9, 9))),                           // 90, one judge of two
                entry(6, ContestCategory.DRAWING, Map.of(10L, Map.of(1L, BigDecimal.TEN)))));             // incomplete sheet
        assertEquals(1, find(out, 5).rank());
        assertEquals(0, new BigDecimal("90.00").compareTo(find(out, 5).total()));
        assertEquals(1, find(out, 5).judgesScored());
        assertEquals(2, find(out, 4).rank());
        assertEquals(0, new BigDecimal("85.00").compareTo(find(out, 4).total()));
        assertEquals(3, find(out, 2).rank());
        assertEquals(4, find(out, 1).rank());
        assertEquals(4, find(out, 3).rank()); // shared: equal on every criterion
        assertEquals("Bằng tổng điểm 70,00 với bài hạng 4; xếp trên nhờ tiêu chí “Nội dung” (trọng số 40): 10,00 so với 7,00.", find(out, 2).tieNote());
        assertTrue(find(out, 1).tieNote().startsWith("Đồng hạng 4 với 1 bài khác: bằng điểm ở mọi tiêu chí."), find(out, 1).tieNote());
        assertTrue(find(out, 1).tieNote().contains("xếp dưới vì tiêu chí “Nội dung” (trọng số 40): 7,00 so với 10,00"), find(out, 1).tieNote());
        assertNull(find(out, 4).tieNote());
        assertNull(find(out, 6).rank());
        assertEquals(0, find(out, 6).judgesScored());
    }

    @Test
    void categoriesAreRankedApartAndWeightsAreRelativeToTheMaximum() {
        List<Ranking.Criterion> criteria = List.of(new Ranking.Criterion(1, "Nội dung", 60, 20, 0), new Ranking.Criterion(2, "Hình thức", 40, 5, 1));
        List<Ranking.Ranked> out = Ranking.rank(criteria, List.of(
                entry(1, ContestCategory.ESSAY, Map.of(10L, Map.of(1L, BigDecimal.valueOf(20), 2L, BigDecimal.ZERO))),   // 60
                entry(2, ContestCategory.ESSAY, Map.of(10L, Map.of(1L, BigDecimal.valueOf(10), 2L, BigDecimal.valueOf(5)))), // 30 + 40 = 70
                entry(3, ContestCategory.VIDEO, Map.of(10L, Map.of(1L, BigDecimal.ONE, 2L, BigDecimal.ONE)))));         // 3 + 8 = 11
        assertEquals(1, find(out, 2).rank());
        assertEquals(2, find(out, 1).rank());
        assertEquals(1, find(out, 3).rank());
        assertEquals(0, new BigDecimal("11.00").compareTo(find(out, 3).total()));
    }

    @Test
    void theInitialIsTheGivenNamesFirstLetter() {
        assertEquals("A.", ContestEntry.initial("Nguyễn Văn An"));
        assertEquals("Đ.", ContestEntry.initial("trần   đức"));
        assertEquals("Ư.", ContestEntry.initial("Lê Thị Ưng"));
    }
}
