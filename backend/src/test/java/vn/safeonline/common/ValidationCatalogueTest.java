package vn.safeonline.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The two languages of the validation catalogue have the same keys, and every key the code names is in them. */
class ValidationCatalogueTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ValidationCatalogueTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveEveryKey() throws IOException {
        Properties vi = load("ValidationMessages_vi.properties");
        Properties en = load("ValidationMessages_en.properties");
        assertEquals(new TreeSet<>(vi.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("message = \"\\{([^}]+)}\"|URL_MESSAGE = \"\\{([^}]+)}\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) used.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        assertTrue(used.size() > 10, used.toString());
        for (String k : used) assertTrue(vi.containsKey(k), "missing in the catalogue: " + k);
    }
}
