package vn.safeonline.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The parser is total: any text gives a draft (with warnings where it is unsure), never an exception, and what survives of a
 * plan's structure is still found. The plans are the ceremony fixture and the corpus, spoiled the ways documents arrive.
 * Plain unit tests (no Quarkus): the parser on the demo deployment's organisations held in memory.
 */
class PlanParserPropertiesTest {
    static final List<String> PLANS = new ArrayList<>();

    static {
        PLANS.add(Corpus.fixture());
        Corpus.NAMES.forEach(n -> PLANS.add(Corpus.text(n)));
    }

    /** No exception, and no part of the reading failed inside (a failure is caught, reported as a warning — and a bug). */
    static Corpus.Run total(String text) {
        Corpus.Run run = Corpus.parse(text);
        assertFalse(run.failed(), () -> "the reader failed on part of the text: " + run.warnings() + "\n---\n" + text);
        return run;
    }

    // ---- any text ---------------------------------------------------------------------------------------------------------

    @Property(tries = 300)
    void anyUnicodeTextGivesADraft(@ForAll("anyText") String text) {
        total(text);
    }

    @Property(tries = 300)
    void anyTextMadeOfAPlansPiecesGivesADraft(@ForAll("planish") String text) {
        total(text);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(2000);
    }

    /** Words, numerals, markers and punctuation of plans, in any order: the places a reader's indexes go wrong. */
    @Provide
    Arbitrary<String> planish() {
        Arbitrary<String> token = Arbitraries.of("KẾ HOẠCH", "Số:", "/KH-UBND", "ngày", "tháng", "năm", "2026", "I.", "II.", "III.", "IV", "1.", "2.1.", "a)",
                "-", "•", "*", "#", "##", "|", "\t", ":", ";", ".", ",", "(", ")", "“", "”", "/", "%", "100%", "mời", "05", "O5", "l0", "doanh nghiệp",
                "KOLs", "học sinh", "trường học", "Công an thành phố", "Sở Giáo dục và Đào tạo", "Sở GD&ĐT", "CA TP", "UBMTTQVN", "phối hợp", "chủ trì",
                "gửi danh sách", "về", "cơ quan thường trực", "giao", "theo dõi, kiểm tra, đôn đốc và báo cáo", "chậm nhất", "trước ngày", "28/5/2026",
                "31/02/2026", "99/99/9999", "8h00", "đến", "Thời gian:", "Địa điểm:", "Hình thức:", "Chủ trì:", "Nơi nhận:", "TM.", "KT.", "CHỦ TỊCH",
                "Trương Cảnh Tuyên", "chiến dịch", "#KhongMotMinh", "từ ngày 10/10/2026 đến ngày 30/11/2026", "Đối tượng trực tiếp:", "hoạt động",
                "thay avatar", "đăng bài", "cán bộ, chiến sĩ", "V/v", "QUYẾT ĐỊNH", "Điều 1.", "đ", "Ð", "ư", "\u0300", "\uD83D\uDE00", "\uD800", "\u00A0",
                "\r", "\n", "\n\n", " ", "  ");
        return token.list().ofMaxSize(400).map(l -> String.join(" ", l));
    }

    // ---- plans spoiled ----------------------------------------------------------------------------------------------------

    @Property(tries = 60)
    void aPlanWithLinesShuffledTruncatedOrJoinedStillGivesADraft(@ForAll("plans") String plan, @ForAll long seed,
                                                                 @ForAll @IntRange(min = 0, max = 2) int spoil) {
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>(Arrays.asList(plan.split("\n", -1)));
        String text = switch (spoil) {
            case 0 -> {
                Collections.shuffle(lines, r);
                yield String.join("\n", lines);
            }
            case 1 -> plan.substring(0, r.nextInt(plan.length() + 1));
            default -> joined(lines, r);
        };
        Corpus.Run run = total(text);
        if (spoil == 1) {
            // what survives a cut is a part of what the whole gave: no agency appears that the whole did not lead with
            Set<Long> whole = ids(total(plan));
            assertTrue(whole.containsAll(ids(run)), "a truncated plan named leads the whole did not");
        }
    }

    @Property(tries = 60)
    void aPlanReWrappedStrippedOrInWordsArtefactsKeepsItsTasks(@ForAll("plans") String plan, @ForAll @IntRange(min = 0, max = 3) int spoil,
                                                              @ForAll @IntRange(min = 40, max = 120) int width) {
        String text = switch (spoil) {
            case 0 -> rewrapped(plan, width);
            case 1 -> stripped(plan);
            case 2 -> markdownAndWord(plan);
            default -> stripped(rewrapped(plan, Math.max(width, 70)));
        };
        Corpus.Run whole = total(plan);
        Corpus.Run spoiled = total(text);
        // a table re-wrapped is no table any more: its rows did not survive, only the reader's totality is asked of it
        // (with or without the outer bars: "| STT | …" or "STT | …")
        if (plan.lines().anyMatch(l -> l.matches("^\\s*\\|?\\s*STT\\s*\\|.*")) && (spoil == 0 || spoil == 3)) return;
        // the structure survived, so it is found: as many tasks, the same known leads
        if (spoil != 0 || width >= 70) {
            assertEquals(whole.parsed().tasks().size(), spoiled.parsed().tasks().size(), "tasks lost: " + whole.leads() + " → " + spoiled.leads());
        }
        assertTrue(knownLeads(spoiled).containsAll(knownLeads(whole).stream().limit(spoil == 0 && width < 70 ? 0 : 100).toList()),
                "leads lost: " + whole.leads() + " → " + spoiled.leads());
    }

    @Property(tries = 60)
    void aPlanThroughOcrStillGivesADraftAndMostOfItsTasks(@ForAll("plans") String plan, @ForAll long seed, @ForAll @IntRange(min = 0, max = 20) int rate) {
        String text = ocr(plan, new Random(seed), rate / 100.0);
        Corpus.Run whole = total(plan);
        Corpus.Run spoiled = total(text);
        if (rate == 0) assertEquals(whole.leads(), spoiled.leads());
    }

    @Property(tries = 40)
    void headingsMisnumberedOrMissingKeepTheDraft(@ForAll("plans") String plan, @ForAll @IntRange(min = 0, max = 2) int spoil) {
        String text = switch (spoil) {
            case 0 -> plan.replaceFirst("(?m)^([#*\\s]*)III\\.", "$1V."); // a plan that jumps from II to V
            case 1 -> plan.replaceFirst("(?m)^[#*\\s]*II\\..*$", ""); // a section heading lost
            default -> plan.replaceAll("(?m)^([#*\\s]*)(I{1,3}|IV)\\.\\s", "$1"); // no numerals at all
        };
        total(text);
    }

    @Provide
    Arbitrary<String> plans() {
        return Arbitraries.of(PLANS);
    }

    // ---- the spoilers -------------------------------------------------------------------------------------------------------

    static String stripped(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
    }

    static String rewrapped(String s, int width) {
        StringBuilder out = new StringBuilder();
        for (String raw : s.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String w : raw.trim().split(" +")) {
                if (line.length() + w.length() + 1 > width && !line.isEmpty()) {
                    out.append(line).append('\n');
                    line.setLength(0);
                }
                line.append(line.isEmpty() ? "" : " ").append(w);
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    static String joined(List<String> lines, Random r) {
        StringBuilder out = new StringBuilder();
        for (String l : lines) out.append(l).append(r.nextInt(4) == 0 ? " " : "\n");
        return out.toString();
    }

    /** Word and Markdown leftovers: bold marks, heading marks, non-breaking spaces, smart quotes, CRLF, a BOM, soft hyphens. */
    static String markdownAndWord(String s) {
        return "\uFEFF" + s.replaceAll("(?m)^(KẾ HOẠCH|[IV]+\\..*)$", "**$1**").replace("\n", "\r\n").replace(" và ", "\u00A0và ").replace('"', '“');
    }

    /** OCR's confusions: đ/d, ư/u, ơ/o, ă/a, rn/m, 1/l/I, 0/O, at a rate. */
    static String ocr(String s, Random r, double rate) {
        String[][] swaps = {{"đ", "d"}, {"ư", "u"}, {"ơ", "o"}, {"ă", "a"}, {"m", "rn"}, {"1", "l"}, {"1", "I"}, {"0", "O"}, {"l", "1"}, {"O", "0"}};
        StringBuilder out = new StringBuilder();
        for (String token : s.split("(?<= )|(?= )")) {
            String t = token;
            if (r.nextDouble() < rate) {
                String[] swap = swaps[r.nextInt(swaps.length)];
                t = t.replace(swap[0], swap[1]);
            }
            out.append(t);
        }
        return out.toString();
    }

    static Set<Long> ids(Corpus.Run run) {
        return run.parsed().tasks().stream().map(ImportDtos.DraftTask::leadOrganizationId).filter(Objects::nonNull).collect(Collectors.toCollection(HashSet::new));
    }

    static Set<Long> knownLeads(Corpus.Run run) {
        return ids(run);
    }
}
