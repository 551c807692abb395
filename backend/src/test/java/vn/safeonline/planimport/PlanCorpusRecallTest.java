package vn.safeonline.planimport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import vn.safeonline.planimport.ImportDtos.DraftQuota;
import vn.safeonline.planimport.ImportDtos.DraftTarget;
import vn.safeonline.planimport.ImportDtos.DraftTask;

/**
 * Plans the importer was not written against — other provinces and their agencies, a campaign plan, tasks in a table, a decision
 * with its plan attached, an official letter, an OCR text without diacritics — against what a careful reader extracts
 * (plan-corpus/NN-name.expected.json). Recall per document and overall is printed; the goals: 90 % overall, no document under 75 %.
 */
class PlanCorpusRecallTest {

    record Score(int found, int total, List<String> missed) {
        double recall() {
            return total == 0 ? 1 : (double) found / total;
        }
    }

    @Test
    void everyCorpusPlanIsReadWithMeasuredRecall() {
        StringBuilder report = new StringBuilder("\nPLAN CORPUS RECALL\n");
        int found = 0;
        int total = 0;
        List<String> under = new ArrayList<>();
        for (String name : Corpus.NAMES) {
            Corpus.Run run = Corpus.parse(Corpus.text(name));
            assertFalse(run.failed(), name + ": " + run.warnings());
            Score s = score(run, Corpus.expected(name));
            found += s.found();
            total += s.total();
            report.append(String.format("  %-34s %3d/%-3d = %5.1f%%%s%n", name, s.found(), s.total(), s.recall() * 100,
                    s.missed().isEmpty() ? "" : "  missed: " + String.join("; ", s.missed())));
            if (s.recall() < 0.75) under.add(name);
        }
        double overall = (double) found / total;
        report.append(String.format("  %-34s %3d/%-3d = %5.1f%%%n", "OVERALL", found, total, overall * 100));
        System.out.println(report);
        assertTrue(overall >= 0.90, "overall recall under 90 %" + report);
        assertTrue(under.isEmpty(), "documents under 75 %: " + under + report);
    }

    static Score score(Corpus.Run run, JsonNode e) {
        List<String> missed = new ArrayList<>();
        int[] n = {0, 0};
        var p = run.parsed();
        check(n, missed, "title", e.path("title"), p.plan().title());
        check(n, missed, "number", e.path("number"), p.plan().number());
        check(n, missed, "symbol", e.path("symbol"), p.plan().symbol());
        check(n, missed, "issueDate", e.path("issueDate"), p.plan().issueDate());
        check(n, missed, "issuer", e.path("issuer"), run.fields().stream().filter(f -> f.path().equals("issuer")).map(ImportDtos.Field::text).findFirst().orElse(null));
        check(n, missed, "signer", e.path("signer"), p.plan().signerName());
        orgCheck(n, missed, "standing", e.path("standing"), run.org(p.plan().standingOrganizationId(), p.plan().standingNewOrganization()));
        orgCheck(n, missed, "receiver", e.path("receiver"), run.fields().stream().filter(f -> f.path().equals("quotas[].receivingOrganizationId"))
                .map(ImportDtos.Field::value).findFirst().orElse(null));
        JsonNode tasks = e.path("tasks");
        for (int i = 0; i < tasks.size(); i++) {
            JsonNode t = tasks.get(i);
            DraftTask got = i < p.tasks().size() ? p.tasks().get(i) : null;
            String at = "task " + (i + 1);
            check(n, missed, at + " label", t.path("label"), got == null ? null : got.label());
            orgCheck(n, missed, at + " lead", t.path("lead"), got == null ? null : run.org(got.leadOrganizationId(), got.leadNewOrganization()));
            check(n, missed, at + " due", t.path("due"), got == null ? null : got.dueDate());
            for (JsonNode c : t.path("cooperating")) {
                List<String> names = new ArrayList<>();
                if (got != null) {
                    got.cooperatingOrganizationIds().forEach(id -> names.add(Corpus.name(id)));
                    if (got.cooperatingNewOrganizations() != null) got.cooperatingNewOrganizations().forEach(x -> names.add(run.org(null, x)));
                }
                n[1]++;
                if (names.stream().anyMatch(x -> sameOrg(c.asText(), x))) n[0]++;
                else missed.add(at + " cooperating " + c.asText() + " (got " + names + ")");
            }
        }
        JsonNode events = e.path("events");
        for (int i = 0; i < events.size(); i++) {
            var got = i < p.events().size() ? p.events().get(i) : null;
            check(n, missed, "event start", events.get(i).path("startsAt"), got == null ? null : got.startsAt());
            check(n, missed, "venue", events.get(i).path("venue"), got == null || got.venues().isEmpty() ? null : got.venues().get(0).name());
        }
        for (JsonNode q : e.path("quotas")) {
            n[1]++;
            boolean hit = false;
            for (DraftQuota dq : p.quotas()) {
                String owner = run.org(dq.ownerOrganizationId(), dq.ownerNewOrganization());
                if (sameOrg(q.path("owner").asText(), owner) && q.path("category").asText().equals(dq.categoryCode())
                        && Objects.equals(q.path("count").isMissingNode() ? null : q.path("count").asInt(), dq.count())) hit = true;
            }
            if (hit) n[0]++;
            else missed.add("quota " + q);
        }
        JsonNode c = e.path("campaign");
        if (!c.isMissingNode()) {
            var got = p.campaign();
            check(n, missed, "campaign name", c.path("name"), got == null ? null : got.name());
            for (JsonNode h : c.path("hashtags")) {
                n[1]++;
                if (got != null && got.hashtags().contains(h.asText())) n[0]++;
                else missed.add("hashtag " + h.asText());
            }
            check(n, missed, "campaign start", c.path("startsOn"), got == null ? null : got.startsOn());
            check(n, missed, "campaign end", c.path("endsOn"), got == null ? null : got.endsOn());
            check(n, missed, "organisers", c.path("organisers"), got == null ? null : got.organisers());
            check(n, missed, "activities", c.path("activities"), got == null || got.activities() == null ? null : got.activities().size());
        }
        for (JsonNode t : e.path("targets")) {
            n[1]++;
            boolean hit = false;
            for (DraftTarget dt : p.targets()) {
                hit |= Objects.equals(dt.taskIndex(), t.path("task").asInt()) && dt.kind().name().equals(t.path("kind").asText())
                        && dt.goalPercent().intValue() == t.path("goal").asInt()
                        && (t.path("audience").isMissingNode() || dt.audience() != null && dt.audience().name().equals(t.path("audience").asText()))
                        && (t.path("activityType").isMissingNode() || dt.activityType() != null && dt.activityType().name().equals(t.path("activityType").asText()));
            }
            if (hit) n[0]++;
            else missed.add("target " + t + " (got " + p.targets().stream().map(x -> x.taskIndex() + ":" + x.kind() + ":" + x.audience() + ":" + x.activityType()).toList() + ")");
        }
        return new Score(n[0], n[1], missed);
    }

    private static void check(int[] n, List<String> missed, String what, JsonNode expected, Object got) {
        if (expected.isMissingNode()) return;
        n[1]++;
        String value = got instanceof java.time.OffsetDateTime t ? t.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME) : got == null ? null : String.valueOf(got);
        if (Objects.equals(fold(expected.asText()), fold(value))) n[0]++;
        else missed.add(what + " (expected " + expected.asText() + ", got " + got + ")");
    }

    private static void orgCheck(int[] n, List<String> missed, String what, JsonNode expected, String got) {
        if (expected.isMissingNode()) return;
        n[1]++;
        if (sameOrg(expected.asText(), got)) n[0]++;
        else missed.add(what + " (expected " + expected.asText() + ", got " + got + ")");
    }

    /** The same agency, written in full or shortened as the city's own documents do ("Công an thành phố" for the city police). */
    static boolean sameOrg(String expected, String got) {
        if (got == null) return false;
        String a = OrgMatcher.normalize(expected);
        String b = OrgMatcher.normalize(got);
        return a.equals(b) || b.startsWith(a) && b.length() - a.length() <= 12 || OrgMatcher.similarity(a, b) >= 0.9;
    }

    static String fold(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D')
                .replace('“', '"').replace('”', '"').toLowerCase().replaceAll("\\s+", " ").trim();
    }
}
