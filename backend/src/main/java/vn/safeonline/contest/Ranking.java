package vn.safeonline.contest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ranking by weighted score. A judge's total is Σ (score ÷ maximum × weight) ÷ Σ weight × 100; an entry's
 * total is the mean of the totals of the judges who scored every criterion. Equal totals are separated by the
 * criteria in order of weight (the mean score relative to its maximum), and the note says which criterion
 * decided; entries equal on every criterion share the rank (1, 1, 3).
 */
final class Ranking {
    private static final Locale VI = Locale.forLanguageTag("vi");

    private Ranking() {
    }

    record Criterion(long id, String name, int weight, int maxScore, int position) {
    }

    /** An eligible entry with its assigned judges and each judge's scores by criterion id. */
    record Scored(long entryId, ContestCategory category, int judgesAssigned, Map<Long, Map<Long, BigDecimal>> byJudge) {
    }

    record Ranked(long entryId, ContestCategory category, Integer rank, BigDecimal total, Map<Long, BigDecimal> criterionMeans,
                  int judgesScored, int judgesAssigned, String tieNote) {
    }

    static List<Ranked> rank(List<Criterion> criteria, List<Scored> entries) {
        int weights = criteria.stream().mapToInt(Criterion::weight).sum();
        List<Criterion> deciding = criteria.stream()
                .sorted(Comparator.comparingInt(Criterion::weight).reversed().thenComparingInt(Criterion::position)).toList();
        List<Ranked> scored = new ArrayList<>();
        List<Ranked> unscored = new ArrayList<>();
        for (Scored e : entries) {
            List<Map<Long, BigDecimal>> complete = e.byJudge().values().stream()
                    .filter(s -> criteria.stream().allMatch(c -> s.containsKey(c.id()))).toList();
            if (complete.isEmpty() || weights == 0) {
                unscored.add(new Ranked(e.entryId(), e.category(), null, null, Map.of(), 0, e.judgesAssigned(), "Chưa có giám khảo chấm đủ các tiêu chí"));
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (Map<Long, BigDecimal> s : complete) {
                BigDecimal judgeTotal = BigDecimal.ZERO;
                for (Criterion c : criteria) {
                    judgeTotal = judgeTotal.add(s.get(c.id()).multiply(BigDecimal.valueOf(c.weight())).divide(BigDecimal.valueOf(c.maxScore()), 10, RoundingMode.HALF_UP));
                }
                sum = sum.add(judgeTotal.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(weights), 10, RoundingMode.HALF_UP));
            }
            BigDecimal total = sum.divide(BigDecimal.valueOf(complete.size()), 2, RoundingMode.HALF_UP);
            Map<Long, BigDecimal> means = new HashMap<>();
            for (Criterion c : criteria) {
                BigDecimal m = complete.stream().map(s -> s.get(c.id())).reduce(BigDecimal.ZERO, BigDecimal::add);
                means.put(c.id(), m.divide(BigDecimal.valueOf(complete.size()), 2, RoundingMode.HALF_UP));
            }
            scored.add(new Ranked(e.entryId(), e.category(), null, total, means, complete.size(), e.judgesAssigned(), null));
        }
        Comparator<Ranked> byCriteria = (a, b) -> {
            for (Criterion c : deciding) {
                int r = relative(b, c).compareTo(relative(a, c));
                if (r != 0) return r;
            }
            return 0;
        };
        Comparator<Ranked> order = Comparator.comparing((Ranked r) -> r.category().ordinal())
                .thenComparing(Ranked::total, Comparator.reverseOrder()).thenComparing(byCriteria);
        scored.sort(order.thenComparingLong(Ranked::entryId));

        List<Ranked> out = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Ranked e = scored.get(i);
            int better = 0;
            for (Ranked o : scored) {
                if (o.category() == e.category() && order.compare(o, e) < 0) better++;
            }
            out.add(new Ranked(e.entryId(), e.category(), better + 1, e.total(), e.criterionMeans(), e.judgesScored(), e.judgesAssigned(), null));
        }
        for (int i = 0; i < out.size(); i++) {
            Ranked e = out.get(i);
            List<String> notes = new ArrayList<>();
            long sharing = out.stream().filter(o -> o != e && o.category() == e.category() && o.rank().equals(e.rank())).count();
            if (sharing > 0) notes.add("Đồng hạng " + e.rank() + " với " + sharing + " bài khác: bằng điểm ở mọi tiêu chí.");
            Ranked above = neighbour(out, i, -1);
            if (above != null && !above.rank().equals(e.rank())) notes.add(decided(e, above, deciding, false));
            Ranked below = neighbour(out, i, 1);
            if (below != null && !below.rank().equals(e.rank())) notes.add(decided(e, below, deciding, true));
            out.set(i, new Ranked(e.entryId(), e.category(), e.rank(), e.total(), e.criterionMeans(), e.judgesScored(), e.judgesAssigned(),
                    notes.isEmpty() ? null : String.join(" ", notes)));
        }
        out.addAll(unscored);
        return out;
    }

    /** The nearest entry in the given direction with the same category and total whose rank differs (or null). */
    private static Ranked neighbour(List<Ranked> out, int i, int step) {
        Ranked e = out.get(i);
        for (int j = i + step; j >= 0 && j < out.size(); j += step) {
            Ranked o = out.get(j);
            if (o.category() != e.category() || o.total().compareTo(e.total()) != 0) return null;
            if (!o.rank().equals(e.rank())) return o;
        }
        return null;
    }

    private static String decided(Ranked e, Ranked other, List<Criterion> deciding, boolean aboveIt) {
        for (Criterion c : deciding) {
            if (relative(e, c).compareTo(relative(other, c)) != 0) {
                return String.format(VI, "Bằng tổng điểm %s với bài hạng %d; xếp %s nhờ tiêu chí “%s” (trọng số %d): %s so với %s.",
                        number(e.total()), other.rank(), aboveIt ? "trên" : "dưới", c.name(), c.weight(),
                        number(e.criterionMeans().get(c.id())), number(other.criterionMeans().get(c.id())))
                        .replace("xếp dưới nhờ", "xếp dưới vì");
            }
        }
        return "";
    }

    private static BigDecimal relative(Ranked r, Criterion c) {
        return r.criterionMeans().get(c.id()).divide(BigDecimal.valueOf(c.maxScore()), 10, RoundingMode.HALF_UP);
    }

    static String number(BigDecimal v) {
        return String.format(VI, "%.2f", v);
    }
}
