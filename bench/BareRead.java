import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;

/**
 * The bare baseline for the plan and task reads of bench/reads.sh: a JDK HttpServer and PgJDBC, nothing else. For
 * GET /api/plans/{id} and GET /api/tasks/{id} it sends the statements the backend sends for the same read (read back from
 * the server's log by bench/sql-profile.sh: the same SQL text, the same parameters, in the same order, each in autocommit
 * as the backend's reads run) and answers the rows as JSON, one object per row (column name → value). No token, no
 * authorisation beyond what the SQL itself checks (the caller's tenant, organisation and subtree are fixed at start), no
 * ORM, no mapping to the API's views. A fixed pool of threads, one connection each.
 * Usage: java -cp postgresql.jar:. BareRead PORT JDBC-URL USER PASSWORD THREADS TENANT ORG-ID ORG-PREFIX
 */
public class BareRead {
    static final String PLAN_COLUMNS = "p1_0.id,p1_0.cancel_reason,p1_0.cancelled_at,p1_0.closed_at,p1_0.contact_name,p1_0.contact_phone,"
            + "p1_0.contact_title,p1_0.content_sections,p1_0.created_at,p1_0.created_by,p1_0.end_date,p1_0.issue_date,p1_0.issued_at,"
            + "p1_0.issuing_org_id,p1_0.legal_bases,p1_0.doc_number,p1_0.place,p1_0.purpose,p1_0.requirements,p1_0.retention_days,"
            + "p1_0.signer_authority,p1_0.signer_name,p1_0.signer_title,p1_0.standing_org_id,p1_0.start_date,p1_0.status,p1_0.symbol,"
            + "p1_0.tenant_id,p1_0.title,p1_0.title_search,p1_0.updated_at,p1_0.version";
    static final String PLAN_VISIBLE = "select p.* from plan p where p.id = ? and p.tenant_id = ? and plan_visible_to(p.id, ?, ?, ?, ?)";
    static final String PLAN_MANAGED = "select plan_managed_by(?, ?, ?, ?, ?)";
    static final String ORGANIZATIONS = "select o1_0.id,o1_0.code,o1_0.name,o1_0.name_search,o1_0.parent_id,o1_0.path,o1_0.tenant_id,"
            + "o1_0.type,o1_0.version from organization o1_0 where o1_0.id = any (?)";
    static final String RECIPIENTS = "select r1_0.plan_id,r1_0.position,r1_0.label,r1_0.organization_id from plan_recipient r1_0 where r1_0.plan_id=?";
    static final String TASK_VISIBLE = "select t.* from task t join plan p on p.id = t.plan_id where t.id = ? and p.tenant_id = ? "
            + "and plan_visible_to(p.id, ?, ?, ?, ?)";
    static final String TASK_PROGRESS = "select task_id, report_count, last_report_date, reached_value, done_date, status "
            + "from task_progress_at(?) where task_id in (?)";
    static final String TARGETS = "select ct1_0.id,ct1_0.activity_type,ct1_0.audience,ct1_0.campaign_id,ct1_0.created_at,ct1_0.from_date,"
            + "ct1_0.goal_percent,ct1_0.kind,ct1_0.min_reports,ct1_0.name,ct1_0.task_id,ct1_0.to_date,ct1_0.unit_types "
            + "from campaign_target ct1_0 where ct1_0.task_id=? order by ct1_0.id";
    static final String PLAN = "select " + PLAN_COLUMNS + " from plan p1_0 where p1_0.id=?";
    static final String COOPERATORS = "select c1_0.task_id,c1_1.id,c1_1.code,c1_1.name,c1_1.name_search,c1_1.parent_id,c1_1.path,"
            + "c1_1.tenant_id,c1_1.type,c1_1.version from task_cooperator c1_0 join organization c1_1 on c1_1.id=c1_0.organization_id "
            + "where c1_0.task_id=?";
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    static String url, user, password, prefix;
    static long tenant, org;
    static final ThreadLocal<Connection> CONNECTION = ThreadLocal.withInitial(() -> {
        try {
            return DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    });

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        url = args[1];
        user = args[2];
        password = args[3];
        int threads = Integer.parseInt(args[4]);
        tenant = Long.parseLong(args[5]);
        org = Long.parseLong(args[6]);
        prefix = args[7];
        // the JDK server writes the head and the body of an answer apart: without TCP_NODELAY Nagle's algorithm holds the
        // body back until the client's delayed ACK (~40 ms an answer on a kept-alive connection)
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        server.createContext("/api/plans/", ex -> answer(ex, id -> plan(id)));
        server.createContext("/api/tasks/", ex -> answer(ex, id -> task(id)));
        server.createContext("/ready", ex -> answer(ex, id -> "{}"));
        server.setExecutor(Executors.newFixedThreadPool(threads));
        server.start();
    }

    interface Read {
        String of(long id) throws SQLException;
    }

    static void answer(HttpExchange ex, Read read) throws IOException {
        int status = 200;
        byte[] body;
        try {
            String path = ex.getRequestURI().getPath();
            String tail = path.substring(path.lastIndexOf('/') + 1);
            String json = read.of(tail.isEmpty() ? 0 : Long.parseLong(tail));
            if (json == null) {
                status = 404;
                json = "{\"status\":404}";
            }
            body = json.getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            status = 500;
            body = String.valueOf(e).getBytes(StandardCharsets.UTF_8);
        }
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    /** GET /api/plans/{id}: the plan if visible, whether the caller manages it, its two organisations, its recipients and theirs. */
    static String plan(long id) throws SQLException {
        Connection c = CONNECTION.get();
        List<Map<String, Object>> plans = rows(c, PLAN_VISIBLE, id, tenant, tenant, org, prefix, false);
        if (plans.isEmpty()) return null;
        Map<String, Object> p = plans.get(0);
        List<Map<String, Object>> managed = rows(c, PLAN_MANAGED, id, tenant, org, prefix, false);
        List<Map<String, Object>> orgs = rows(c, ORGANIZATIONS, ids(c, p.get("issuing_org_id"), p.get("standing_org_id")));
        List<Map<String, Object>> recipients = rows(c, RECIPIENTS, id);
        List<Object> recipientOrgs = new ArrayList<>();
        for (Map<String, Object> r : recipients) recipientOrgs.add(r.get("organization_id"));
        List<Map<String, Object>> theirs = rows(c, ORGANIZATIONS, ids(c, recipientOrgs.toArray()));
        return "{\"plan\":" + json(p) + ",\"managed\":" + json(managed) + ",\"organizations\":" + json(orgs)
                + ",\"recipients\":" + json(recipients) + ",\"recipientOrganizations\":" + json(theirs) + "}";
    }

    /** GET /api/tasks/{id}: the task if its plan is visible, its progress today, its targets, its plan, the organisations, its cooperators. */
    static String task(long id) throws SQLException {
        Connection c = CONNECTION.get();
        List<Map<String, Object>> tasks = rows(c, TASK_VISIBLE, id, tenant, tenant, org, prefix, false);
        if (tasks.isEmpty()) return null;
        Map<String, Object> t = tasks.get(0);
        List<Map<String, Object>> progress = rows(c, TASK_PROGRESS, LocalDate.now(ZONE), id);
        List<Map<String, Object>> targets = rows(c, TARGETS, id);
        Map<String, Object> p = rows(c, PLAN, t.get("plan_id")).get(0);
        List<Map<String, Object>> orgs = rows(c, ORGANIZATIONS, ids(c, t.get("lead_org_id"), p.get("issuing_org_id"), p.get("standing_org_id")));
        List<Map<String, Object>> cooperators = rows(c, COOPERATORS, id);
        return "{\"task\":" + json(t) + ",\"progress\":" + json(progress) + ",\"targets\":" + json(targets) + ",\"plan\":" + json(p)
                + ",\"organizations\":" + json(orgs) + ",\"cooperators\":" + json(cooperators) + "}";
    }

    /** The distinct non-null ids, as the bigint[] the ORM's batch fetch binds. */
    static java.sql.Array ids(Connection c, Object... ids) throws SQLException {
        Set<Object> distinct = new LinkedHashSet<>();
        for (Object id : ids) if (id != null) distinct.add(id);
        return c.createArrayOf("bigint", distinct.toArray());
    }

    static List<Map<String, Object>> rows(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                Object v = params[i];
                if (v instanceof java.sql.Array a) ps.setArray(i + 1, a);
                else if (v instanceof String s) ps.setString(i + 1, s);
                else if (v instanceof LocalDate d) ps.setObject(i + 1, d);
                else if (v instanceof Boolean b) ps.setBoolean(i + 1, b);
                else if (v instanceof Integer n) ps.setInt(i + 1, n);
                else if (v instanceof Number n) ps.setLong(i + 1, n.longValue());
                else ps.setNull(i + 1, Types.BIGINT);
            }
            List<Map<String, Object>> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new java.util.LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        String type = md.getColumnTypeName(i);
                        Object v = switch (md.getColumnType(i)) {
                            case Types.BIGINT, Types.INTEGER, Types.SMALLINT -> rs.getObject(i) == null ? null : rs.getLong(i);
                            case Types.NUMERIC, Types.DECIMAL -> rs.getBigDecimal(i);
                            case Types.BOOLEAN, Types.BIT -> rs.getObject(i) == null ? null : rs.getBoolean(i);
                            default -> type.startsWith("json") ? new RawJson(rs.getString(i)) : rs.getString(i);
                        };
                        row.put(md.getColumnLabel(i), v);
                    }
                    out.add(row);
                }
            }
            return out;
        }
    }

    record RawJson(String text) {
    }

    static String json(Object v) {
        StringBuilder b = new StringBuilder();
        write(b, v);
        return b.toString();
    }

    @SuppressWarnings("unchecked")
    static void write(StringBuilder b, Object v) {
        if (v == null) b.append("null");
        else if (v instanceof RawJson r) b.append(r.text() == null ? "null" : r.text());
        else if (v instanceof Number || v instanceof Boolean) b.append(v);
        else if (v instanceof Map<?, ?> m) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                if (!first) b.append(',');
                first = false;
                write(b, e.getKey());
                b.append(':');
                write(b, e.getValue());
            }
            b.append('}');
        } else if (v instanceof List<?> l) {
            b.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) b.append(',');
                write(b, l.get(i));
            }
            b.append(']');
        } else {
            String s = v.toString();
            b.append('"');
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (ch < 0x20) b.append(String.format("\\u%04x", (int) ch));
                        else b.append(ch);
                    }
                }
            }
            b.append('"');
        }
    }
}
