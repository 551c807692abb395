package vn.safeonline.common;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Search by words — the one mechanism of every list a person searches by name or title (plans, tasks, organisations,
 * delegates, campaign units, support agencies, a coordinator's people): the query is folded as the stored search columns
 * are ({@link Text#fold}: no diacritics, đ → d, lower case), split into words, the small words names often leave out
 * ("và", "của", "các", …) dropped, and every remaining word must occur in the folded column, in any order.
 * "so giao duc dao tao" finds "Sở Giáo dục và Đào tạo"; "bao ve tre em" finds "… bảo vệ trẻ em trên môi trường mạng".
 * Each word reaches SQL only as an escaped LIKE literal ({@link Text#likeLiteral}).
 */
public final class Search {
    /** Folded small words a person may type or leave out; a query made only of them is searched as typed. */
    static final Set<String> SMALL = Set.of("va", "cua", "cac", "nhung", "la", "thi", "ma", "o", "voi", "cho", "tai", "tu", "den",
            "tren", "trong", "ve", "theo", "de", "&", "-", "–");
    /** At most this many words are used (a longer query adds nothing but cost). */
    static final int MAX_WORDS = 8;

    private Search() {
    }

    /** The words of a query, each a LIKE pattern ("contains"), or none for a blank query. */
    public record Words(List<String> patterns) {
        public boolean isEmpty() {
            return patterns.isEmpty();
        }

        /**
         * The condition that every word occurs in the folded column, for HQL or SQL alike:
         * {@code (col like :q0 escape '\' and col like :q1 escape '\')}, with q0, q1 … bound in params under the given prefix.
         * A blank query gives {@code 1=1}.
         */
        public String where(String column, String param, Map<String, Object> params) {
            if (patterns.isEmpty()) return "1=1";
            StringBuilder b = new StringBuilder("(");
            for (int i = 0; i < patterns.size(); i++) {
                if (i > 0) b.append(" and ");
                b.append(column).append(" like :").append(param).append(i).append(" escape '\\'");
                params.put(param + i, patterns.get(i));
            }
            return b.append(')').toString();
        }
    }

    public static Words words(String query) {
        String folded = Text.fold(query);
        if (folded.isEmpty()) return new Words(List.of());
        Set<String> all = new LinkedHashSet<>(List.of(folded.split(" ")));
        Set<String> kept = new LinkedHashSet<>();
        for (String w : all) if (!SMALL.contains(w)) kept.add(w);
        if (kept.isEmpty()) kept = all;
        List<String> patterns = new ArrayList<>();
        for (String w : kept) {
            if (patterns.size() == MAX_WORDS) break;
            patterns.add("%" + Text.likeLiteral(w) + "%");
        }
        return new Words(patterns);
    }
}
