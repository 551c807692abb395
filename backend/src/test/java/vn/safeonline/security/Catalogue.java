package vn.safeonline.security;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.safeonline.support.Api;
import vn.safeonline.support.SecondCity;

/**
 * Real ids per collection ("plans", "events", "attendees", …) of one deployment, found by listing
 * as that deployment's users: every GET of the contract that ends in a collection and whose path
 * parameters are already known is called, and the ids in its answer are kept. A new list operation
 * widens the catalogue without a change here.
 */
final class Catalogue {
    final String name;
    final Map<String, LinkedHashSet<Long>> ids = new LinkedHashMap<>();
    /** The public ids ("publicId") of campaigns, contests and quizzes, by the same collection names: public pages name them by these. */
    final Map<String, LinkedHashSet<String>> publicIds = new LinkedHashMap<>();

    private Catalogue(String name) {
        this.name = name;
    }

    /** The same objects listed under another collection name. */
    static final Map<String, String> ALIASES = Map.of("activity-reports", "reports", "campaign-targets", "targets", "contest-entries", "entries",
            "progress-reports", "reports");

    private static Catalogue demo;
    private static Catalogue sandbox;

    /**
     * Fresh objects of the demo deployment made for this suite, so that writes that might succeed
     * (the fuzzer's, the mass-assignment probes) never change the demo data other tests read.
     */
    static synchronized Catalogue sandbox() {
        if (sandbox == null) {
            Catalogue c = new Catalogue("sandbox");
            List<String> log = new ArrayList<>();
            long[] draft = Api.draftWithTask("Kế hoạch thử an ninh " + Api.unique(), "SO-GDDT", LocalDate.now().plusDays(20), null);
            c.add("plans", draft[0]);
            c.add("tasks", draft[1]);
            Fixtures.Ceremony cer = Fixtures.ceremony(5);
            c.add("plans", cer.planId());
            c.add("events", cer.eventId());
            c.add("quotas", cer.quotaId());
            c.add("attendees", Fixtures.submit(cer.quotaId(), "Học sinh thử an ninh"));
            c.add("tasks", cer.taskId());
            long campaign = vn.safeonline.campaign.CampaignTest.runningCampaign();
            c.add("campaigns", campaign);
            c.addPublic("campaigns", call("congan", "GET", "/api/campaigns/" + campaign, null));
            c.add("campaign-targets", created(call("congan", "POST", "/api/campaigns/" + campaign + "/targets", Map.of("name", "Mục tiêu thử",
                    "kind", "UNITS_WITH_ACTIVITY", "activityType", "ANNOUNCEMENT_POST")), log, "target"));
            c.add("activity-reports", created(call("thptcvl", "POST", "/api/campaigns/" + campaign + "/reports", Map.of("type", "ANNOUNCEMENT_POST",
                    "date", LocalDate.now(vn.safeonline.common.BusinessClock.ZONE).toString(), "place", "Trường", "pupils", 10)), log, "activity report"));
            Long contest = created(call("congan", "POST", "/api/campaigns/" + campaign + "/contests", Map.of("title", "Cuộc thi thử",
                    "categories", List.of("DRAWING"), "opensAt", OffsetDateTime.now().minusDays(1).toString(), "closesAt", OffsetDateTime.now().plusDays(10).toString(),
                    "criteria", List.of(Map.of("name", "Nội dung", "weight", 100, "maxScore", 10)))), log, "contest");
            c.add("contests", contest);
            if (contest != null) c.addPublic("contests", call("congan", "GET", "/api/contests/" + contest, null));
            c.add("users", created(call("admin", "POST", "/api/users", Map.of("username", "secc-" + Api.unique(), "fullName", "Tài khoản thử an ninh",
                    "organizationId", Api.orgId("SO-GDDT"), "roles", List.of("VIEWER"), "password", "mat-khau-thu-1", "active", true)), log, "user"));
            if (!log.isEmpty()) System.out.println("[security] sandbox, not made: " + log);
            sandbox = c;
        }
        return sandbox;
    }
    private static Catalogue second;

    /** The demo deployment (Cần Thơ), as its owners and admin see it. */
    static synchronized Catalogue demo() {
        if (demo == null) {
            demo = new Catalogue("Cần Thơ");
            // support referrals exist only when opened: one between two demo organisations, for the other deployment to try
            call("thptcvl", "POST", "/api/referrals", Map.of("receivingOrganizationId", Api.orgId("THANHDOAN-CT"), "riskKind", "SCAM",
                    "childAlias", "L.M.K", "childGrade", 10));
            demo.walk(List.of("admin", "ubnd", "congan", "sogddt", "giamkhao", "thptcvl"));
        }
        return demo;
    }

    /** The second deployment (Hải Phòng), seeded with one object of each main kind, minus anything the demo also lists. */
    static synchronized Catalogue second() {
        if (second == null) {
            Catalogue c = new Catalogue("Hải Phòng");
            c.seedSecondCity();
            c.walk(List.of("hp-coordinator", "hp-admin", "hp-officer"));
            Catalogue d = demo();
            c.ids.forEach((k, v) -> v.removeAll(d.ids.getOrDefault(k, new LinkedHashSet<>())));
            second = c;
        }
        return second;
    }

    static Response call(String user, String method, String path) {
        return call(user, method, path, null);
    }

    /** No answer takes this long here: a call that would wait for ever (an endless stream given to the wrong caller) fails instead. */
    private static final io.restassured.config.RestAssuredConfig PATIENCE = io.restassured.RestAssured.config().httpClient(
            io.restassured.config.HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 30_000));

    static Response call(String user, String method, String path, Object body) {
        var spec = given().config(PATIENCE).contentType(ContentType.JSON).urlEncodingEnabled(false);
        if (user != null) spec.header("Authorization", "Bearer " + Api.token(user));
        if (body != null) spec.body(body);
        return spec.request(method, path);
    }

    /** A multipart request with one small file part, as the upload operations take. */
    static Response multipart(String user, String method, String path) {
        var spec = given().urlEncodingEnabled(false).multiPart("file", "a.csv", "a,b\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv");
        if (user != null) spec.header("Authorization", "Bearer " + Api.token(user));
        return spec.request(method, path);
    }

    /** Values for the operation's path parameters from this catalogue (the i-th known id of each), or null if one is unknown. */
    Map<String, Object> resolve(Contract.Op op, int i) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> params = op.pathParams();
        for (String p : params) {
            if (p.equals("publicId")) {
                List<String> known = new ArrayList<>(publicIds.getOrDefault(op.collectionOf(p), new LinkedHashSet<>()));
                if (known.isEmpty()) return null;
                out.put(p, known.get(Math.min(i, known.size() - 1)));
                continue;
            }
            List<Long> known = candidates(op, p, params);
            if (known.isEmpty()) {
                if (p.equals("rowNumber")) {
                    out.put(p, 1);
                    continue;
                }
                return null;
            }
            out.put(p, known.get(Math.min(i, known.size() - 1)));
        }
        return out;
    }

    /** How many distinct ids the first parameter has. */
    int width(Contract.Op op) {
        List<String> params = op.pathParams();
        if (!params.isEmpty() && params.get(0).equals("publicId")) return publicIds.getOrDefault(op.collectionOf("publicId"), new LinkedHashSet<>()).size();
        return params.isEmpty() ? 0 : candidates(op, params.get(0), params).size();
    }

    private List<Long> candidates(Contract.Op op, String param, List<String> params) {
        List<String> keys = new ArrayList<>();
        keys.add(op.collectionOf(param));
        if (param.endsWith("Id") && !param.equals("id")) keys.add(param.substring(0, param.length() - 2) + "s");
        if (param.equals("otherId") && params.size() > 1) keys.add(op.collectionOf(params.get(0)));
        for (String k : List.copyOf(keys)) if (k != null && ALIASES.containsKey(k)) keys.add(ALIASES.get(k));
        for (String k : keys) {
            if (k != null && ids.containsKey(k) && !ids.get(k).isEmpty()) return new ArrayList<>(ids.get(k));
        }
        return List.of();
    }

    /** The public id of the object a read answered with. */
    void addPublic(String collection, Response r) {
        if (r.statusCode() == 200 && r.jsonPath().get("publicId") instanceof String pub) publicIds.computeIfAbsent(collection, k -> new LinkedHashSet<>()).add(pub);
    }

    void add(String collection, Object id) {
        if (id instanceof Number n) ids.computeIfAbsent(collection, k -> new LinkedHashSet<>()).add(n.longValue());
    }

    Set<String> collections() {
        return ids.keySet();
    }

    private void walk(List<String> users) {
        List<Contract.Op> lists = Contract.operations().stream()
                .filter(op -> op.method().equals("GET") && !op.isStream() && !op.path().matches(".*\\}$")
                        && !op.path().matches(".*\\.(xlsx|pdf|png|docx|csv)$"))
                .toList();
        Set<String> done = new java.util.HashSet<>();
        for (int round = 0; round < 4; round++) {
            int before = ids.values().stream().mapToInt(Set::size).sum();
            for (Contract.Op op : lists) {
                for (int i = 0; i < 2; i++) {
                    Map<String, Object> values = resolve(op, i);
                    if (values == null) break;
                    String url = op.fill(values);
                    if (!done.add(url)) continue;
                    String last = op.path().substring(op.path().lastIndexOf('/') + 1);
                    for (String user : op.isPublic() ? List.of(users.get(0)) : users) {
                        Response r = call(user, "GET", url + (url.contains("?") ? "&" : "?") + "size=50");
                        if (r.statusCode() != 200 || r.contentType() == null || !r.contentType().contains("json")) continue;
                        harvest(last, r.jsonPath().get(""), 0);
                    }
                }
            }
            // and each object once: nested arrays (venues, photos, duplicates) name their collections
            for (Contract.Op op : Contract.operations()) {
                if (!op.method().equals("GET") || !op.path().endsWith("}") || op.pathParams().size() != 1 || op.isPublic()) continue;
                Map<String, Object> values = resolve(op, 0);
                if (values == null || !done.add(op.fill(values))) continue;
                Response r = call(users.get(0), "GET", op.fill(values));
                if (r.statusCode() == 200 && r.contentType() != null && r.contentType().contains("json")) harvest(null, r.jsonPath().get(""), 0);
            }
            if (ids.values().stream().mapToInt(Set::size).sum() == before) break;
        }
    }

    @SuppressWarnings("unchecked")
    private void harvest(String collection, Object json, int depth) {
        if (depth > 3 || json == null) return;
        if (json instanceof Map<?, ?> map) {
            for (var e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                if (key.equals("items") && collection != null) harvestList(collection, e.getValue(), depth);
                else if (e.getValue() instanceof List<?> && !key.equals("items")) harvestList(key, e.getValue(), depth);
            }
        } else if (json instanceof List<?> && collection != null) {
            harvestList(collection, json, depth);
        }
    }

    private void harvestList(String collection, Object list, int depth) {
        if (!(list instanceof List<?> l)) return;
        int n = 0;
        for (Object o : l) {
            if (o instanceof Map<?, ?> m && m.get("id") instanceof Number id) {
                if (n < 6 && m.get("publicId") instanceof String pub) publicIds.computeIfAbsent(collection, k -> new LinkedHashSet<>()).add(pub);
                if (n++ < 6) add(collection, id);
                harvest(null, m, depth + 1);
            }
        }
    }

    // ---- the second deployment: one object of each main kind, made through the API by its own users ----

    private static Long created(Response r, List<String> log, String what) {
        if (r.statusCode() == 200 || r.statusCode() == 201 || r.statusCode() == 202) {
            Object id = r.jsonPath().get("id");
            if (id instanceof Number n) return n.longValue();
        }
        log.add(what + " → " + r.statusCode() + " " + r.asString().substring(0, Math.min(200, r.asString().length())));
        return null;
    }

    private void seedSecondCity() {
        SecondCity.ensure();
        List<String> log = new ArrayList<>();
        Response orgs = call("hp-admin", "GET", "/api/organizations?size=50");
        Long city = null;
        Long edu = null;
        for (Map<String, Object> o : orgs.jsonPath().<Map<String, Object>>getList("items")) {
            if ("UBND-HP".equals(o.get("code"))) city = ((Number) o.get("id")).longValue();
            if ("SO-GDDT".equals(o.get("code"))) edu = ((Number) o.get("id")).longValue();
        }
        if (city == null || edu == null) throw new IllegalStateException("the second deployment's organisations are not visible to hp-admin: " + orgs.asString());
        add("organizations", city);
        add("organizations", edu);
        if (call("hp-admin", "GET", "/api/users?q=hp-officer").jsonPath().getList("items.find { it.username == 'hp-officer' }") == null) {
            call("hp-admin", "POST", "/api/users", Map.of("username", "hp-officer", "fullName", "Cán bộ Sở GD&ĐT Hải Phòng",
                    "organizationId", edu, "roles", List.of("OFFICER"), "password", "another-password", "active", true));
        }
        var plan = new HashMap<String, Object>(Map.of("symbol", "KH-UBND", "place", "Hải Phòng", "title", "Kế hoạch Hải Phòng " + Api.unique(),
                "standingOrganizationId", city,
                "legalBases", List.of(Map.of("kind", "Quyết định", "number", "468/QĐ-TTg", "date", "2026-03-23", "issuer", "Thủ tướng Chính phủ")),
                "purpose", "Mục đích", "contentSections", List.of(Map.of("heading", "1. Thời gian", "body", "08:00 29/5/2026")),
                "recipients", List.of(Map.of("organizationId", edu, "label", "Sở Giáo dục và Đào tạo")),
                "signerName", "Người ký", "startDate", "2026-01-01"));
        Long planId = created(call("hp-coordinator", "POST", "/api/plans", plan), log, "plan");
        if (planId == null) {
            System.out.println("[security] second city seeding: " + log);
            return;
        }
        Long taskId = created(call("hp-coordinator", "POST", "/api/plans/" + planId + "/tasks",
                Map.of("leadOrganizationId", edu, "text", "Nhiệm vụ Hải Phòng", "dueDate", LocalDate.now().plusDays(30).toString())), log, "task");
        call("hp-coordinator", "POST", "/api/plans/" + planId + "/issue", Map.of("number", String.valueOf(Api.unique()), "issueDate",
                LocalDate.now(vn.safeonline.common.BusinessClock.ZONE).toString()));
        if (taskId != null) {
            created(call("hp-officer", "POST", "/api/tasks/" + taskId + "/progress-reports", Map.of("reportDate", LocalDate.now(vn.safeonline.common.BusinessClock.ZONE).toString(), "text", "Đang làm")), log, "progress report");
        }
        var event = Map.of("title", "Lễ phát động Hải Phòng", "startsAt", "2027-05-29T08:00:00+07:00", "endsAt", "2027-05-29T11:30:00+07:00",
                "format", "LIVE_RELAY", "expectedAttendance", 100, "chair", "Lãnh đạo",
                "venues", List.of(Map.of("name", "Hội trường", "address", "Số 1", "capacity", 100, "main", true)));
        Long eventId = created(call("hp-coordinator", "POST", "/api/plans/" + planId + "/events", event), log, "event");
        Object category = call("hp-coordinator", "GET", "/api/plans/" + planId + "/invitee-categories").jsonPath().get("items[0].id");
        if (category == null) {
            category = created(call("hp-coordinator", "POST", "/api/plans/" + planId + "/invitee-categories", Map.of("code", "STUDENT", "name", "Học sinh")), log, "category");
        }
        if (eventId != null && category != null) {
            Long quotaId = created(call("hp-coordinator", "POST", "/api/events/" + eventId + "/quotas", Map.of("ownerOrganizationId", edu,
                    "categoryId", category, "count", 5, "deadline", OffsetDateTime.now().plusDays(5).toString())), log, "quota");
            if (quotaId != null) {
                created(call("hp-officer", "POST", "/api/quotas/" + quotaId + "/attendees", Map.of("fullName", "Học sinh Hải Phòng", "school", "Trường THPT Trần Phú",
                        "grade", "10A1", "guardianName", "Phụ huynh", "guardianPhone", "0918 000 222", "difficultCircumstances", false)), log, "attendee");
            }
        }
        Long campaignId = created(call("hp-coordinator", "POST", "/api/plans/" + planId + "/campaigns", Map.of("name", "Chiến dịch Hải Phòng",
                "startsOn", LocalDate.now().minusDays(7).toString(), "endsOn", LocalDate.now().plusDays(40).toString(), "hashtags", List.of("#hp"),
                "pledgeTemplates", List.of("Tôi cam kết an toàn trên mạng."))), log, "campaign");
        if (campaignId != null) {
            call("hp-coordinator", "POST", "/api/campaigns/" + campaignId + "/units", Map.of("organizationIds", List.of(edu)));
            created(call("hp-coordinator", "POST", "/api/campaigns/" + campaignId + "/targets", Map.of("name", "Mục tiêu Hải Phòng",
                    "kind", "UNITS_WITH_ACTIVITY", "activityType", "ANNOUNCEMENT_POST")), log, "target");
            created(call("hp-officer", "POST", "/api/campaigns/" + campaignId + "/reports", Map.of("type", "ANNOUNCEMENT_POST",
                    "date", LocalDate.now(vn.safeonline.common.BusinessClock.ZONE).toString(), "place", "Trường", "pupils", 10)), log, "activity report");
            created(call("hp-coordinator", "POST", "/api/campaigns/" + campaignId + "/contests", Map.of("title", "Cuộc thi Hải Phòng",
                    "categories", List.of("DRAWING"), "opensAt", OffsetDateTime.now().minusDays(1).toString(), "closesAt", OffsetDateTime.now().plusDays(10).toString(),
                    "criteria", List.of(Map.of("name", "Nội dung", "weight", 100, "maxScore", 10)))), log, "contest");
            Long question = created(call("hp-coordinator", "POST", "/api/campaigns/" + campaignId + "/quiz/questions",
                    Bodies.example(schemaOf("POST", "/api/campaigns/{campaignId}/quiz/questions"))), log, "question");
            if (question != null) {
                created(call("hp-coordinator", "POST", "/api/campaigns/" + campaignId + "/quiz/quizzes", Map.of("title", "Đố vui", "questionIds", List.of(question))), log, "quiz");
            }
            String publicId = call("hp-coordinator", "GET", "/api/campaigns/" + campaignId, null).jsonPath().getString("publicId");
            call(null, "POST", "/api/public/campaigns/" + publicId + "/pledges", Map.of("displayName", "Bạn Hải Phòng", "templateIndex", 0));
        }
        // a support referral: a school's teacher sends a case to the department, whose officer (hp-officer) lists it
        Long school = created(call("hp-admin", "POST", "/api/organizations", Map.of("code", "THPT-HP-" + Api.unique(), "name", "Trường THPT Hải Phòng",
                "type", "SCHOOL_UPPER_SECONDARY", "parentId", edu)), log, "school");
        if (school != null) {
            String teacher = "hp-teacher-" + Api.unique();
            created(call("hp-admin", "POST", "/api/users", Map.of("username", teacher, "fullName", "Giáo viên Hải Phòng", "organizationId", school,
                    "roles", List.of("OFFICER"), "password", "another-password", "active", true)), log, "teacher");
            created(call(teacher, "POST", "/api/referrals", Map.of("receivingOrganizationId", edu, "riskKind", "SCAM", "childAlias", "T.V.B",
                    "childGrade", 9)), log, "referral");
        }
        if (!log.isEmpty()) System.out.println("[security] second city seeding, not made: " + log);
    }

    static io.swagger.v3.oas.models.media.Schema<?> schemaOf(String method, String path) {
        return Contract.operations().stream().filter(o -> o.method().equals(method) && o.path().equals(path)).findFirst()
                .map(Contract.Op::jsonBody).orElse(null);
    }
}
