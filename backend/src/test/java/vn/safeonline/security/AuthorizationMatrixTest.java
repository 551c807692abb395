package vn.safeonline.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the contract whose path takes an id, called by each role of one deployment on
 * the real objects of the other: never a 2xx (nor a 409 that would confirm the object exists). And
 * every protected operation without a token: 401.
 */
@QuarkusTest
@Tag("security")
class AuthorizationMatrixTest {
    /** One user per role of the demo deployment (two coordinators: the issuer and the standing agency). */
    static final List<String> DEMO_USERS = List.of("admin", "ubnd", "congan", "sogddt", "xem");
    static final List<String> SECOND_CITY_USERS = List.of("hp-admin", "hp-coordinator", "hp-officer");
    static final Set<Integer> REFUSED = Set.of(400, 403, 404, 422);

    @Test
    void noDeploymentReachesTheOthersObjects() {
        Catalogue demo = Catalogue.demo();
        Catalogue second = Catalogue.second();
        System.out.println("[security] id catalogue, Cần Thơ: " + sizes(demo) + "; Hải Phòng: " + sizes(second));
        List<String> failures = new ArrayList<>();
        List<String> uncovered = new ArrayList<>();
        int cases = 0;
        for (Contract.Op op : Contract.operations()) {
            if (op.isPublic() || op.pathParams().isEmpty()) continue;
            boolean bodyless = op.jsonBody() == null && !op.takesMultipart();
            // the second deployment's users on the demo's objects: reads, and writes with an invalid body (nothing can change)
            if (op.isRead() || !bodyless) {
                int n = op.isRead() ? Math.min(2, Math.max(1, demo.width(op))) : 1;
                boolean any = false;
                for (int i = 0; i < n; i++) {
                    Map<String, Object> values = demo.resolve(op, i);
                    if (values == null) continue;
                    any = true;
                    for (String user : SECOND_CITY_USERS) {
                        cases++;
                        check(failures, user, op, op.fill(values));
                    }
                }
                if (!any) uncovered.add(op + " (Cần Thơ)");
            }
            // the demo's users on the second deployment's objects: every method, those objects are there to be tried
            Map<String, Object> values = second.resolve(op, 0);
            if (values == null) {
                uncovered.add(op + " (Hải Phòng)");
                continue;
            }
            for (String user : DEMO_USERS) {
                cases++;
                check(failures, user, op, op.fill(values));
            }
        }
        System.out.println("[security] authorisation matrix: " + cases + " cross-deployment cases, " + failures.size() + " failing; "
                + uncovered.size() + " operation/deployment pairs without a known id: " + uncovered);
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases + " cross-deployment calls were not refused:\n" + String.join("\n", failures));
        assertTrue(cases >= 300, "only " + cases + " cases: the id catalogue is too thin");
    }

    private static void check(List<String> failures, String user, Contract.Op op, String url) {
        Object body = op.isRead() ? null : op.jsonBody() != null ? Map.of() : null;
        Response r = op.takesMultipart() ? Catalogue.multipart(user, op.method(), url) : Catalogue.call(user, op.method(), url, body);
        int status = r.statusCode();
        boolean ok = REFUSED.contains(status);
        if (!ok) {
            String text = r.asString();
            failures.add(user + " " + op.method() + " " + url + " → " + status + (status / 100 == 2 ? " (data of the other deployment)" : "")
                    + " " + text.substring(0, Math.min(160, text.length())).replace('\n', ' '));
        }
    }

    @Test
    void everyProtectedOperationWantsAToken() {
        Catalogue demo = Catalogue.demo();
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (Contract.Op op : Contract.operations()) {
            if (op.isPublic()) continue;
            Map<String, Object> values = demo.resolve(op, 0);
            String url = values != null ? op.fill(values) : op.path().replaceAll("\\{[^}]+}", "1");
            Object body = op.jsonBody() != null ? Bodies.example(op.jsonBody()) : null;
            Response r = op.takesMultipart() ? Catalogue.multipart(null, op.method(), url) : Catalogue.call(null, op.method(), url, body);
            cases++;
            if (r.statusCode() != 401) failures.add(op.method() + " " + url + " → " + r.statusCode());
        }
        System.out.println("[security] without a token: " + cases + " protected operations, " + failures.size() + " not 401");
        assertTrue(cases > 50, "the contract lists protected operations");
        assertTrue(failures.isEmpty(), "protected operations answering without a token:\n" + String.join("\n", failures));
    }

    private static Map<String, Integer> sizes(Catalogue c) {
        Map<String, Integer> out = new TreeMap<>();
        c.ids.forEach((k, v) -> out.put(k, v.size()));
        return out;
    }
}
