package vn.safeonline.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The token keys: an RSA key pair generated on first start into {@code APP_KEYS_DIR} (default
 * {@code .data/keys}), never committed. Its ordinal is below application.properties and the
 * environment, so {@code MP_JWT_VERIFY_PUBLICKEY_LOCATION} (a PEM or a JWKS URL of an external
 * OIDC issuer) and {@code SMALLRYE_JWT_SIGN_KEY_LOCATION} override it.
 */
public class GeneratedKeysConfigSource implements ConfigSource {
    static final String VERIFY = "mp.jwt.verify.publickey.location";
    static final String SIGN = "smallrye.jwt.sign.key.location";
    private static volatile Map<String, String> values;

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(VERIFY, SIGN);
    }

    @Override
    public String getValue(String name) {
        if (!VERIFY.equals(name) && !SIGN.equals(name)) return null;
        return keys().get(name);
    }

    @Override
    public String getName() {
        return "generated-token-keys";
    }

    @Override
    public int getOrdinal() {
        return 150;
    }

    private static Map<String, String> keys() {
        Map<String, String> v = values;
        if (v == null) {
            synchronized (GeneratedKeysConfigSource.class) {
                if (values == null) values = ensureKeys();
                v = values;
            }
        }
        return v;
    }

    /** Where generated secrets live: APP_KEYS_DIR (or -Dapp.keys-dir), default .data/keys. */
    public static Path keysDir() {
        return Path.of(System.getProperty("app.keys-dir", System.getenv().getOrDefault("APP_KEYS_DIR", ".data/keys"))).toAbsolutePath();
    }

    private static Map<String, String> ensureKeys() {
        Path dir = keysDir();
        Path priv = dir.resolve("token-private.pem");
        Path pub = dir.resolve("token-public.pem");
        try {
            if (!Files.exists(priv) || !Files.exists(pub)) {
                Files.createDirectories(dir);
                KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
                gen.initialize(2048);
                KeyPair pair = gen.generateKeyPair();
                Path tmpPriv = Files.createTempFile(dir, "priv", ".tmp");
                trySetOwnerOnly(tmpPriv);
                Files.writeString(tmpPriv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Path tmpPub = Files.createTempFile(dir, "pub", ".tmp");
                Files.writeString(tmpPub, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                Files.move(tmpPub, pub, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                Files.move(tmpPriv, priv, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the token keys in " + dir, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return Map.of(VERIFY, pub.toUri().toString(), SIGN, priv.toUri().toString());
    }

    private static void trySetOwnerOnly(Path p) {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system: the folder's permissions apply
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
