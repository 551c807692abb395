package vn.safeonline.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.safeonline.support.Api;

/** Tokens that must not open a protected route: each answers 401, with the problem body. */
@QuarkusTest
@Tag("security")
class BrokenTokenTest {
    static final String ROUTE = "/api/me";
    static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    static void refused(String authorization) {
        var spec = given();
        if (authorization != null) spec.header("Authorization", authorization);
        var r = spec.get(ROUTE);
        assertEquals(401, r.statusCode(), "status for " + abbreviate(authorization) + ": " + abbreviate(r.asString()));
        assertEquals("application/problem+json", r.contentType().split(";")[0], "a problem body");
    }

    static String abbreviate(String s) {
        return s == null ? "no header" : s.length() > 120 ? s.substring(0, 120) + "…(" + s.length() + ")" : s;
    }

    static String claims(String username) {
        long now = Instant.now().getEpochSecond();
        String iss = ConfigProvider.getConfig().getValue("mp.jwt.verify.issuer", String.class);
        String aud = ConfigProvider.getConfig().getValue("mp.jwt.verify.audiences", String.class);
        return "{\"iss\":\"" + iss + "\",\"aud\":\"" + aud + "\",\"upn\":\"" + username + "\",\"groups\":[\"ADMIN\"],\"iat\":" + now
                + ",\"exp\":" + (now + 3600) + ",\"jti\":\"" + java.util.UUID.randomUUID() + "\"}";
    }

    static String part(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aValidTokenOpensTheRoute() {
        given().header("Authorization", "Bearer " + Api.token("admin")).get(ROUTE).then().statusCode(200);
    }

    @Test
    void none() {
        refused(null);
        refused("Bearer");
        refused("Bearer ");
    }

    @Test
    void algNone() {
        String header = part("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        refused("Bearer " + header + "." + part(claims("admin")) + ".");
        refused("Bearer " + part("{\"alg\":\"NONE\",\"typ\":\"JWT\"}") + "." + part(claims("admin")) + ".");
    }

    @Test
    void hs256SignedWithThePublicKey() throws Exception {
        String location = ConfigProvider.getConfig().getValue("mp.jwt.verify.publickey.location", String.class);
        byte[] pem = Files.readAllBytes(Path.of(java.net.URI.create(location)));
        String pemText = new String(pem, StandardCharsets.US_ASCII);
        byte[] der = Base64.getMimeDecoder().decode(pemText.replaceAll("-----[A-Z ]+-----", "").trim());
        for (byte[] key : new byte[][]{pem, der}) {
            String signingInput = part("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + part(claims("admin"));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            refused("Bearer " + signingInput + "." + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII))));
        }
    }

    @Test
    void rs256SignedByAnotherKeyPair() throws Exception {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048);
        refused("Bearer " + Jwt.upn("admin").groups("ADMIN").sign(gen.generateKeyPair().getPrivate()));
    }

    @Test
    void expired() {
        long now = Instant.now().getEpochSecond();
        refused("Bearer " + Jwt.upn("admin").issuedAt(now - 7200).expiresAt(now - 3600).sign());
    }

    @Test
    void notYetValid() {
        long now = Instant.now().getEpochSecond();
        refused("Bearer " + Jwt.upn("admin").issuedAt(now + 3600).claim("nbf", now + 3600).expiresAt(now + 7200).sign());
    }

    @Test
    void wrongIssuer() {
        refused("Bearer " + Jwt.upn("admin").issuer("https://idp.example.invalid/realms/other").sign());
    }

    @Test
    void wrongAudience() {
        refused("Bearer " + Jwt.upn("admin").audience("another-api").sign());
    }

    @Test
    void tamperedGroupsWithTheOriginalSignature() {
        String[] parts = Jwt.upn("xem").groups("VIEWER").sign().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("\"VIEWER\"", "\"ADMIN\"");
        refused("Bearer " + parts[0] + "." + part(payload) + "." + parts[2]);
        // and the user swapped the same way
        String other = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("\"xem\"", "\"admin\"");
        refused("Bearer " + parts[0] + "." + part(other) + "." + parts[2]);
    }

    @Test
    void oversized() {
        // over 16 KB, under the HTTP layer's 20 KB header limit: the application itself must refuse it
        String token = Jwt.upn("admin").claim("pad", "x".repeat(12 * 1024)).sign();
        assertTrue(token.length() > 16 * 1024 && token.length() < 19 * 1024, "length " + token.length());
        refused("Bearer " + token);
    }

    @Test
    void garbage() {
        refused("Bearer not.a.jwt");
        refused("Bearer " + "\u00ff\u00fe".repeat(10));
        refused("Bearer ....");
        refused("Bearer " + part("{") + "." + part("{") + "." + part("{"));
        refused("Basic YWRtaW46ZGVtbzEyMzQ=");
        refused("Bearer " + Api.token("admin") + "x");
        refused("Bearer " + Api.token("no-such-user"));
    }
}
