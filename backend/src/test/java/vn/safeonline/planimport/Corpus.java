package vn.safeonline.planimport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.safeonline.org.Organization;
import vn.safeonline.org.OrganizationType;

/**
 * The plans of src/test/resources/plan-corpus with what a careful reader extracts from each, and the parser run as the service runs
 * it, on the organisations of the demo deployment (Cần Thơ) held in memory: no database, so property tests run in seconds.
 */
final class Corpus {
    static final List<String> NAMES = List.of("01-vinh-long-ngay-an-toan-so", "02-dong-thap-chien-dich", "03-tay-ninh-bang-nhiem-vu",
            "04-an-giang-quyet-dinh", "05-quang-ngai-cong-van", "06-ha-tinh-ocr-khong-dau", "07-da-nang-le-trao-giai", "08-phuong-ninh-kieu-huong-ung",
            "09-bac-ninh-tre-em-he", "10-hai-phong-so-gddt-trai-he", "11-quan-hong-bang-cong-van", "12-thai-nguyen-chien-dich-he-xanh");
    static final ObjectMapper JSON = new ObjectMapper();
    private static List<Organization> orgs;

    private Corpus() {
    }

    static String text(String name) {
        return resource("/plan-corpus/" + name + ".txt");
    }

    static JsonNode expected(String name) {
        try {
            return JSON.readTree(resource("/plan-corpus/" + name + ".expected.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fixture() {
        return resource("/fixtures/plan-launch-ceremony.vi.txt");
    }

    static String resource(String path) {
        try (InputStream in = Corpus.class.getResourceAsStream(path)) {
            return new String(Objects.requireNonNull(in, path).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo deployment's organisations, ids in file order. */
    static synchronized List<Organization> organizations() {
        if (orgs != null) return orgs;
        Map<String, Organization> byCode = new LinkedHashMap<>();
        try (var reader = new java.io.StringReader(resource("/demo/can-tho-organisations.csv"))) {
            long id = 1;
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                Organization o = new Organization();
                o.id = id++;
                o.code = r.get("code");
                o.name = r.get("name");
                o.type = OrganizationType.valueOf(r.get("type"));
                String parent = r.get("parent_code");
                o.parent = parent == null || parent.isBlank() ? null : byCode.get(parent);
                byCode.put(o.code, o);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        orgs = new ArrayList<>(byCode.values());
        return orgs;
    }

    static long id(String code) {
        return organizations().stream().filter(o -> o.code.equals(code)).findFirst().orElseThrow().id;
    }

    static String name(long id) {
        return organizations().stream().filter(o -> o.id == id).findFirst().map(o -> o.name).orElse(null);
    }

    /** Runs the parser as the service does. */
    static Run parse(String text) {
        Map<String, PlanParser.Category> categories = new HashMap<>();
        long c = 1000;
        for (String code : List.of("LEADER", "POLICE_UNIT_LEADER", "ENTERPRISE", "INFLUENCER", "SCHOOL_REPRESENTATIVE", "STUDENT", "ASSOCIATION", "PRESS")) {
            categories.put(code, new PlanParser.Category(c++, code));
        }
        DocText doc = new DocText(text);
        PlanParser parser = new PlanParser(doc, new OrgMatcher(organizations()), categories, java.time.LocalDate.of(2026, 6, 1));
        PlanParser.Parsed parsed = parser.parse();
        parser.failures.forEach(Throwable::printStackTrace);
        return new Run(parsed, parser.fields, parser.warnings);
    }

    record Run(PlanParser.Parsed parsed, List<ImportDtos.Field> fields, List<String> warnings) {
        boolean failed() {
            return warnings.stream().anyMatch(w -> w.startsWith(PlanParser.INTERNAL));
        }

        /** The name of the organisation an id or a proposal stands for. */
        String org(Long id, Integer proposal) {
            if (id != null) return name(id);
            if (proposal != null && proposal < parsed.newOrganizations().size()) return parsed.newOrganizations().get(proposal).name();
            return null;
        }

        List<String> leads() {
            return parsed.tasks().stream().map(t -> org(t.leadOrganizationId(), t.leadNewOrganization())).toList();
        }
    }
}
