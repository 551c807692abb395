package vn.safeonline.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.encoder.Encoder;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import vn.safeonline.support.Api;

/**
 * A fast first load: the SPA's JavaScript and the API's JSON travel brotli- or gzip-compressed to a client that says it
 * reads them (the build's precompressed siblings as they are, anything else on the fly), and as they are to one that does not.
 * java.net.http sends no Accept-Encoding of its own and never decodes, so the bytes seen here are the bytes on the wire.
 */
@QuarkusTest
@TestProfile(CompressionTest.WithCompressedSpa.class)
class CompressionTest {
    static final String APP_JS = "export const rows = [" + "\"Kế hoạch bảo vệ trẻ em trên môi trường mạng\",".repeat(200) + "];\n";
    static final String PLAIN_JS = "self.addEventListener('fetch', () => {});\n".repeat(100);

    /** A built SPA with one asset precompressed at build time (x.js.br, x.js.gz) and one without siblings. */
    public static class WithCompressedSpa implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path dir = Files.createTempDirectory("spa-compressed");
                Files.createDirectories(dir.resolve("assets"));
                Files.writeString(dir.resolve("index.html"), "<!doctype html><html><head><script type=\"module\" src=\"/assets/index-C92OzyTS.js\"></script></head><body>"
                        + "<p>Đang tải…</p>".repeat(50) + "</body></html>");
                byte[] js = APP_JS.getBytes(StandardCharsets.UTF_8);
                Files.write(dir.resolve("assets/index-C92OzyTS.js"), js);
                Brotli4jLoader.ensureAvailability();
                Files.write(dir.resolve("assets/index-C92OzyTS.js.br"), Encoder.compress(js));
                Files.write(dir.resolve("assets/index-C92OzyTS.js.gz"), gzip(js));
                Files.writeString(dir.resolve("sw.js"), PLAIN_JS);
                return Map.of("app.spa.dir", dir.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @TestHTTPResource("/")
    URL root;

    /** HTTP/1.1, as the proxy speaks to the app. */
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** HTTP/2 (cleartext upgrade), as a client speaking to the app directly may. */
    final HttpClient http2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();

    HttpResponse<byte[]> get(String path, String acceptEncoding, String token) throws Exception {
        return get(http, path, acceptEncoding, token);
    }

    HttpResponse<byte[]> get(HttpClient http, String path, String acceptEncoding, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root.toString()).resolve(path)).GET();
        if (acceptEncoding != null) b.header("Accept-Encoding", acceptEncoding);
        if (token != null) b.header("Authorization", "Bearer " + token);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void javascriptBuiltAheadIsSentBrotliOrGzipAndAsItIsWithoutAcceptEncoding() throws Exception {
        byte[] js = APP_JS.getBytes(StandardCharsets.UTF_8);
        var br = get("/assets/index-C92OzyTS.js", "gzip, deflate, br", null);
        assertEquals(200, br.statusCode());
        assertEquals("br", br.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(br.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"), br.headers().toString());
        assertTrue(br.headers().allValues("Vary").toString().contains("Accept-Encoding"), br.headers().toString());
        assertEquals("public, max-age=31536000, immutable", br.headers().firstValue("Cache-Control").orElse(null));
        assertTrue(br.body().length < js.length / 5, "compressed: " + br.body().length);
        assertArrayEquals(js, unbrotli(br.body()));
        assertArrayEquals(Encoder.compress(js), br.body(), "the build's own .br file, not compressed again");

        // Over HTTP/2 too the body is the script brotli'd once (compressed on the fly there)
        http2.send(HttpRequest.newBuilder(URI.create(root.toString())).GET().build(), HttpResponse.BodyHandlers.discarding());
        var h2 = get(http2, "/assets/index-C92OzyTS.js", "br", null);
        assertEquals(HttpClient.Version.HTTP_2, h2.version());
        assertEquals("br", h2.headers().firstValue("Content-Encoding").orElse(null));
        assertArrayEquals(js, unbrotli(h2.body()));

        var gz = get("/assets/index-C92OzyTS.js", "gzip", null);
        assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(null));
        assertArrayEquals(js, gunzip(gz.body()));

        var refusedBr = get("/assets/index-C92OzyTS.js", "br;q=0, gzip", null);
        assertEquals("gzip", refusedBr.headers().firstValue("Content-Encoding").orElse(null));

        var plain = get("/assets/index-C92OzyTS.js", null, null);
        assertEquals(200, plain.statusCode());
        assertNull(plain.headers().firstValue("Content-Encoding").filter(e -> !e.equals("identity")).orElse(null));
        assertArrayEquals(js, plain.body());
        assertTrue(plain.headers().firstValue("Content-Security-Policy").isPresent());
    }

    @Test
    void textWithoutABuiltSiblingIsCompressedOnTheFly() throws Exception {
        var br = get("/sw.js", "br", null);
        assertEquals(200, br.statusCode());
        assertEquals("br", br.headers().firstValue("Content-Encoding").orElse(null));
        assertEquals(PLAIN_JS, new String(unbrotli(br.body()), StandardCharsets.UTF_8));
        assertEquals("no-cache", br.headers().firstValue("Cache-Control").orElse(null));

        var page = get("/plans/12", "gzip", null);
        assertEquals(200, page.statusCode());
        assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(new String(gunzip(page.body()), StandardCharsets.UTF_8).contains("Đang tải"));

        var plain = get("/plans/12", null, null);
        assertNull(plain.headers().firstValue("Content-Encoding").filter(e -> !e.equals("identity")).orElse(null));
        assertTrue(new String(plain.body(), StandardCharsets.UTF_8).contains("Đang tải"));
    }

    @Test
    void apiJsonIsCompressedAsTheClientAccepts() throws Exception {
        String token = Api.token("admin");
        var identity = get("/api/plans", null, token);
        assertEquals(200, identity.statusCode());
        assertTrue(identity.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertNull(identity.headers().firstValue("Content-Encoding").filter(e -> !e.equals("identity")).orElse(null));
        String json = new String(identity.body(), StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{") || json.startsWith("["), json);

        var br = get("/api/plans", "br", token);
        assertEquals("br", br.headers().firstValue("Content-Encoding").orElse(null));
        assertEquals(json, new String(unbrotli(br.body()), StandardCharsets.UTF_8));

        var gz = get("/api/plans", "gzip", token);
        assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(null));
        assertEquals(json, new String(gunzip(gz.body()), StandardCharsets.UTF_8));

        // A problem (401) is JSON too
        var problem = get("/api/plans", "gzip", null);
        assertEquals(401, problem.statusCode());
        assertEquals("gzip", problem.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(new String(gunzip(problem.body()), StandardCharsets.UTF_8).contains("\"status\""));
    }

    static byte[] gzip(byte[] data) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    static byte[] gunzip(byte[] data) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return in.readAllBytes();
        }
    }

    static byte[] unbrotli(byte[] data) throws IOException {
        Brotli4jLoader.ensureAvailability();
        var result = Decoder.decompress(data);
        assertEquals("DONE", result.getResultStatus().name());
        return result.getDecompressedData();
    }
}
