package vn.safeonline.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The key that signs this server's tokens, published as a JWKS so that other services verify them without a shared
 * secret. Its {@code kid} is the key's RFC 7638 thumbprint, and every token names it. Rotation: generate a new pair into
 * {@code APP_KEYS_DIR} (or point {@code SMALLRYE_JWT_SIGN_KEY_LOCATION} / {@code MP_JWT_VERIFY_PUBLICKEY_LOCATION} at it),
 * restart; tokens live at most {@code app.token.lifespan-seconds}, so verifiers that cache the JWKS for less than that
 * see the new {@code kid} before the old tokens expire.
 */
@ApplicationScoped
public class TokenKeys {
    private volatile Map<String, Object> jwk;

    /** The public key as a JWK (RS256, use sig, kid), or null when the verification key is not a local PEM (an external issuer). */
    public Map<String, Object> jwk() {
        if (jwk == null) jwk = load();
        return jwk.isEmpty() ? null : jwk;
    }

    /** The kid tokens are signed with, or null. */
    public String kid() {
        Map<String, Object> k = jwk();
        return k == null ? null : (String) k.get("kid");
    }

    public Map<String, Object> jwks() {
        Map<String, Object> k = jwk();
        return Map.of("keys", k == null ? List.of() : List.of(k));
    }

    private static Map<String, Object> load() {
        String location = ConfigProvider.getConfig().getOptionalValue(GeneratedKeysConfigSource.VERIFY, String.class).orElse(null);
        if (location == null) location = new GeneratedKeysConfigSource().getValue(GeneratedKeysConfigSource.VERIFY);
        org.jboss.logging.Logger.getLogger(TokenKeys.class).debugf("token verification key: %s", location);
        if (location == null || !location.startsWith("file:")) return Map.of();
        try (InputStream in = URI.create(location).toURL().openStream()) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            if (!pem.contains("BEGIN PUBLIC KEY")) return Map.of();
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").trim());
            RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
            String e = b64(key.getPublicExponent());
            String n = b64(key.getModulus());
            // RFC 7638: the SHA-256 of the required members in lexicographic order, without spaces
            String canonical = "{\"e\":\"" + e + "\",\"kty\":\"RSA\",\"n\":\"" + n + "\"}";
            String kid = Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.US_ASCII)));
            Map<String, Object> jwk = new LinkedHashMap<>();
            jwk.put("kty", "RSA");
            jwk.put("use", "sig");
            jwk.put("alg", "RS256");
            jwk.put("kid", kid);
            jwk.put("n", n);
            jwk.put("e", e);
            return jwk;
        } catch (IOException | java.security.GeneralSecurityException ex) {
            throw new IllegalStateException("cannot read the token verification key at " + location, ex);
        }
    }

    private static String b64(BigInteger v) {
        byte[] bytes = v.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
