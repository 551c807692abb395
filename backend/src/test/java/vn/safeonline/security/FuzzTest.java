package vn.safeonline.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.safeonline.common.PublicRateLimit;
import vn.safeonline.support.Api;

/**
 * Every operation of the contract, a few requests each, with one part of a valid-looking request
 * spoilt (a field of the body, a query or path parameter, the body's shape, an extra path segment),
 * from a fixed seed. No answer may be a 5xx, and every 4xx is a problem+json with type, title, status.
 */
@QuarkusTest
@Tag("security")
class FuzzTest {
    static final long SEED = 20261204L;
    static final int PER_OPERATION = 8;
    static final int PER_PUBLIC_WRITE = 4;
    static final String MISSING = "2147480001";

    static final String HUGE = "Đ".repeat(100 * 1024 / 2);
    /** In a URL: over every request-line limit, small enough that the client finishes sending before the server answers. */
    static final String HUGE_IN_URL = "Đ".repeat(1700);
    static final Object[] STRINGS = {"", " ", HUGE, "\u0000", "a\u0000b", "\u0001\u0002\u0007\u001b[31m\u007f", "\u202Eevil\u202C.exe",
        "\u200B\u200C\u200D\uFEFF", "e" + "\u0301".repeat(500), "\uD83D\uDCA5\uD83D\uDC68\u200D\uD83D\uDC69", "\uD800", "<script>alert(1)</script>",
        "' OR 1=1 --", "../../../../etc/passwd", "%00%ff", "${jndi:ldap://x/a}", "\r\nX-Injected: 1", "null", "NaN"};
    static final Object[] NUMBERS = {-1, 0, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, 1e308, -1e308, 1.5,
        new java.math.BigInteger("99999999999999999999999999"), "12abc", "１２"};
    static final Object[] DATES = {"+999999999-12-31", "-999999999-01-01", "0000-00-00", "2026-02-30", "2026-13-01", "9999-12-31T23:59:59+14:00",
        "+999999999-12-31T23:59:59Z", "0000-00-00T00:00:00Z", "2026-05-29T25:61:00+07:00", "1970-01-01", "2026-05-29T08:00:00+99:00"};
    static final Object[] SHAPES = {true, List.of(), Map.of(), List.of("a"), Map.of("a", 1), List.of(Map.of())};
    static final String[] PATH_VALUES = {"-1", "0", "99999999999999999999", "abc", "1.5", "%00", "1%00", "1;x=y", "%2e%2e", "1%2F2", "%E2%80%AE1",
        "1e3", "0x10", "%201", "1%0D%0AX:1"};
    static final String[] EXTRA_SEGMENTS = {"/extra", "/extra/segments/..", "/%2e%2e/%2e%2e/q/health", ";jsessionid=1", "//", "/..;/admin", "/%00",
        ".json", "/" + "x".repeat(3000)};

    @Inject
    PublicRateLimit rateLimit;
    @Inject
    vn.safeonline.common.BusinessClock clock;

    @BeforeEach
    @AfterEach
    void freshBuckets() {
        rateLimit.reset();
    }

    record Input(String user, String method, String url, String kind, String mutation, Object body, boolean multipart) {
        String describe() {
            String b = body == null ? "" : " body=" + abbreviate(String.valueOf(body));
            return (user == null ? "anonymous" : user) + " " + method + " " + abbreviate(url) + " [" + kind + ": " + abbreviate(mutation) + "]" + b;
        }
    }

    static String abbreviate(String s) {
        String v = s.replace("\u0000", "\\0").replace("\r", "\\r").replace("\n", "\\n");
        return v.length() > 140 ? v.substring(0, 140) + "…(" + v.length() + " chars)" : v;
    }

    @Test
    void noInputMakesTheServerFailAndEveryRefusalIsAProblem() {
        long started = System.nanoTime();
        Random rnd = new Random(SEED);
        Catalogue reads = Catalogue.demo();
        Catalogue writes = Catalogue.sandbox();
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> histogram = new TreeMap<>();
        int operations = 0;
        int requests = 0;
        for (Contract.Op op : Contract.operations()) {
            // an endless answer (the live counters) is never read to its end; its refusals are DoorTest's
            if (op.isStream()) continue;
            operations++;
            int n = op.path().startsWith("/api/public/") && !op.isRead() ? PER_PUBLIC_WRITE : PER_OPERATION;
            for (int k = 0; k < n; k++) {
                String user = op.isPublic() ? null : (k % 2 == 0 ? "congan" : "admin");
                Input in = mutate(op, user, rnd, op.isRead() ? reads : writes, k);
                Response r;
                try {
                    r = send(in);
                } catch (Exception e) { // RestAssured rethrows URISyntaxException unchecked
                    failures.add(in.describe() + " → no answer: " + e);
                    continue;
                }
                requests++;
                histogram.merge(r.statusCode(), 1, Integer::sum);
                String problem = judge(r);
                if (problem != null) failures.add(in.describe() + " → " + problem);
                if (op.isPublic() && !op.isRead()) rateLimit.reset();
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.println("[security] fuzzer: " + operations + " operations fuzzed, " + requests + " requests in " + seconds
                + " s (seed " + SEED + "), statuses " + histogram + ", " + failures.size() + " failing");
        assertTrue(failures.isEmpty(), failures.size() + " fuzzed requests answered badly:\n" + String.join("\n", failures));
    }

    /** The public write allowance counts a request however its path is spelt (matrix parameters, doubled slashes). */
    @Test
    void noSpellingOfAPublicPathWalksAroundTheRateLimit() {
        clock.set(clock.instant()); // no refill while the allowance is spent, however slow the machine
        try {
            spellingsCountAgainstOneAllowance();
        } finally {
            clock.reset();
        }
    }

    private void spellingsCountAgainstOneAllowance() {
        String campaign = Catalogue.sandbox().publicIds.get("campaigns").iterator().next();
        int allowance = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("app.public.rate.writes-per-minute", Integer.class);
        List<String> failures = new ArrayList<>();
        for (String path : List.of("/api/public;x=1/campaigns/%s/adoptions", "/api;x=1/public/campaigns/%s/adoptions",
                "//api/public/campaigns/%s/adoptions", "/api/./public/campaigns/%s/adoptions", "/api/public/campaigns;x=1/%s/adoptions")) {
            rateLimit.reset();
            Map<Integer, Integer> h = new TreeMap<>();
            for (int i = 0; i < allowance + 10; i++) {
                int status = given().urlEncodingEnabled(false).contentType("application/json")
                        .body(Map.of("deviceId", java.util.UUID.randomUUID().toString())).post(String.format(path, campaign)).statusCode();
                h.merge(status, 1, Integer::sum);
                if (status == 429 || status == 404 || status == 400) break;
            }
            System.out.println("[security] rate limit, " + path + ": " + h);
            // any answer of the resource itself (2xx, or 409 for a business rule) means the request got past the limiter
            int passed = h.entrySet().stream().filter(e -> e.getKey() != 429 && e.getKey() != 404 && e.getKey() != 400).mapToInt(Map.Entry::getValue).sum();
            if (passed > allowance) failures.add(path + ": " + passed + " writes reached the resource past the allowance of " + allowance + " " + h);
        }
        rateLimit.reset();
        assertTrue(failures.isEmpty(), "the rate limit is walked around:\n" + String.join("\n", failures));
    }

    /** Null when the answer is acceptable; else what is wrong with it. */
    static String judge(Response r) {
        int status = r.statusCode();
        if (status >= 500) return status + " " + abbreviate(r.asString());
        if (status < 400) return null;
        String ct = r.contentType() == null ? "" : r.contentType();
        if (!ct.startsWith("application/problem+json")) return status + " without a problem body (Content-Type '" + ct + "') " + abbreviate(r.asString());
        try {
            Object type = r.jsonPath().get("type");
            Object title = r.jsonPath().get("title");
            Object st = r.jsonPath().get("status");
            if (type == null || title == null || !(st instanceof Number n) || n.intValue() != status) {
                return status + " problem lacks type/title/status: " + abbreviate(r.asString());
            }
        } catch (RuntimeException e) {
            return status + " problem body is not JSON: " + abbreviate(r.asString());
        }
        return null;
    }

    static Response send(Input in) {
        RequestSpecification spec = given().urlEncodingEnabled(false);
        if (in.user() != null) spec.header("Authorization", "Bearer " + Api.token(in.user()));
        if (in.method().equals("PUT")) spec.header("If-Match", "*"); // past the version check, to the body
        if (in.multipart()) {
            String name = in.body() instanceof String s ? s : "a.csv";
            spec.multiPart("file", name, "a,b\n\u0000".getBytes(StandardCharsets.UTF_8), "application/octet-stream");
        } else if (in.body() != null) {
            spec.contentType("application/json").body(in.body());
        } else if (!in.method().equals("GET") && !in.method().equals("DELETE")) {
            spec.contentType("application/json");
        }
        return spec.request(in.method(), in.url());
    }

    static Object pick(Random rnd, Object[] pool) {
        return pool[rnd.nextInt(pool.length)];
    }

    static String enc(Object v) {
        return URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A valid-looking request for the operation, with one thing spoilt. */
    @SuppressWarnings("unchecked")
    static Input mutate(Contract.Op op, String user, Random rnd, Catalogue ids, int attempt) {
        Map<String, Object> values = ids.resolve(op, 0);
        Map<String, Object> path = new LinkedHashMap<>();
        for (String p : op.pathParams()) path.put(p, values != null ? values.get(p) : MISSING);
        Map<String, String> query = new LinkedHashMap<>();
        List<Parameter> queryParams = op.parameters().stream().filter(p -> "query".equals(p.getIn())).toList();
        Schema<?> bodySchema = op.jsonBody();
        Object body = bodySchema != null ? Bodies.example(bodySchema) : null;
        boolean multipart = op.takesMultipart();
        String suffix = "";

        List<String> kinds = new ArrayList<>();
        if (body instanceof Map<?, ?> m && !m.isEmpty()) kinds.addAll(List.of("field", "field", "field", "date"));
        if (body != null) kinds.addAll(List.of("unknown-field", "shape"));
        if (multipart) kinds.addAll(List.of("file-name", "not-multipart"));
        if (!queryParams.isEmpty()) kinds.addAll(List.of("query", "query"));
        if (!path.isEmpty()) kinds.addAll(List.of("path", "path"));
        kinds.add("extra-segment");
        String kind = kinds.get(rnd.nextInt(kinds.size()));
        // the first attempts on a body always try what breaks servers most often: NUL, a huge text, an impossible date
        List<String> strings = body instanceof Map<?, ?> m ? stringFields(bodySchema, m) : List.of();
        if (attempt < 4 && !strings.isEmpty()) kind = List.of("nul", "huge", "date", "max").get(attempt);
        String mutation;
        switch (kind) {
            case "nul", "huge" -> {
                Map<String, Object> b = new LinkedHashMap<>((Map<String, Object>) body);
                String v = kind.equals("nul") ? "Nguyễn\u0000Văn" : HUGE;
                strings.forEach(f -> b.put(f, v)); // every text field at once: the one that breaks is the one nobody bounded
                body = b;
                mutation = String.join(",", strings) + "=" + v;
            }
            case "field", "date" -> {
                Map<String, Object> b = new LinkedHashMap<>((Map<String, Object>) body);
                List<String> fields = new ArrayList<>(b.keySet());
                if (kind.equals("date")) {
                    List<String> dates = fields.stream().filter(f -> isDate(bodySchema, f)).toList();
                    if (!dates.isEmpty()) fields = dates;
                }
                String f = fields.get(rnd.nextInt(fields.size()));
                Object v = kind.equals("date") || isDate(bodySchema, f) && rnd.nextBoolean() ? pick(rnd, DATES) : switch (rnd.nextInt(4)) {
                    case 0, 1 -> pick(rnd, STRINGS);
                    case 2 -> pick(rnd, NUMBERS);
                    default -> pick(rnd, SHAPES);
                };
                b.put(f, v);
                body = b;
                mutation = f + "=" + v;
            }
            case "max" -> {
                // each text exactly at its declared maxLength, in two-byte letters: inside the contract, past any byte limit behind it
                Map<String, Object> b = new LinkedHashMap<>((Map<String, Object>) body);
                StringBuilder m = new StringBuilder();
                for (String f : strings) {
                    Integer max = Contract.resolve(bodySchema.getProperties().get(f)).getMaxLength();
                    int len = max == null ? 1000 : max;
                    b.put(f, "Đ".repeat(len));
                    m.append(f).append('×').append(len).append(' ');
                }
                body = b;
                mutation = "at maxLength: " + m.toString().trim();
            }
            case "unknown-field" -> {
                Map<String, Object> b = body instanceof Map<?, ?> ? new LinkedHashMap<>((Map<String, Object>) body) : new LinkedHashMap<>();
                String f = List.of("zzUnknown", "__proto__", "constructor", "@type", "class", "id").get(rnd.nextInt(6));
                Object v = pick(rnd, STRINGS);
                b.put(f, v);
                body = b;
                mutation = f + "=" + v;
            }
            case "shape" -> {
                Object v = rnd.nextBoolean() ? pick(rnd, SHAPES) : pick(rnd, STRINGS);
                body = v instanceof String s ? "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : v;
                if (rnd.nextInt(4) == 0) body = "{\"unterminated\": ";
                mutation = "body=" + body;
            }
            case "file-name" -> {
                Object v = pick(rnd, STRINGS);
                body = String.valueOf(v).isEmpty() ? "x" : String.valueOf(v);
                mutation = "filename=" + v;
            }
            case "not-multipart" -> {
                multipart = false;
                body = Map.of("file", "a,b");
                mutation = "JSON instead of multipart";
            }
            case "query" -> {
                Parameter p = queryParams.get(rnd.nextInt(queryParams.size()));
                Object v = isDate(p.getSchema()) && rnd.nextBoolean() ? pick(rnd, DATES) : rnd.nextBoolean() ? pick(rnd, STRINGS) : pick(rnd, NUMBERS);
                query.put(p.getName(), enc(v == HUGE ? HUGE_IN_URL : v));
                mutation = p.getName() + "=" + v;
            }
            case "path" -> {
                List<String> names = new ArrayList<>(path.keySet());
                String p = names.get(rnd.nextInt(names.size()));
                String v = PATH_VALUES[rnd.nextInt(PATH_VALUES.length)];
                path.put(p, v);
                mutation = p + "=" + v;
            }
            default -> {
                suffix = EXTRA_SEGMENTS[rnd.nextInt(EXTRA_SEGMENTS.length)];
                mutation = "suffix " + suffix;
            }
        }
        StringBuilder url = new StringBuilder(op.fill(path)).append(suffix);
        String sep = "?";
        for (var e : query.entrySet()) {
            url.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = "&";
        }
        if (!multipart && body == null && bodySchema == null && op.isRead()) body = null;
        return new Input(user, op.method(), url.toString(), kind, mutation, body, multipart);
    }

    /** The top-level fields of the body that are plain texts (not dates, not enums). */
    static List<String> stringFields(Schema<?> object, Map<?, ?> body) {
        List<String> out = new ArrayList<>();
        if (object == null || object.getProperties() == null) return out;
        object.getProperties().forEach((name, prop) -> {
            Schema<?> s = Contract.resolve(prop);
            if (body.containsKey(name) && "string".equals(Contract.type(s)) && s.getEnum() == null && !isDate(prop)) out.add(name);
        });
        return out;
    }

    static boolean isDate(Schema<?> object, String field) {
        if (object == null || object.getProperties() == null) return false;
        Schema<?> prop = object.getProperties().get(field);
        return isDate(prop);
    }

    static boolean isDate(Schema<?> prop) {
        if (prop == null) return false;
        Schema<?> s = Contract.resolve(prop);
        String format = s == null ? null : s.getFormat();
        return "date".equals(format) || "date-time".equals(format) || (prop.get$ref() != null && prop.get$ref().matches(".*(Date|Time).*"));
    }
}
