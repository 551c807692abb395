package vn.safeonline.publicpage;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The public pages send a random device id (kept in the browser) so that an adoption or a quiz is
 * counted once per device. The id is stored only as a keyed hash: with a secret generated on first
 * start next to the token keys, it cannot be linked back to the browser's value. Its format is {@link PublicDtos#DEVICE_ID}.
 */
@ApplicationScoped
public class DeviceIds {
    private final byte[] secret;

    public DeviceIds() {
        Path file = vn.safeonline.auth.GeneratedKeysConfigSource.keysDir().resolve("device-id-secret");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try {
                    Files.writeString(file, HexFormat.of().formatHex(fresh), StandardOpenOption.CREATE_NEW);
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // another instance wrote it first
                }
            }
            secret = HexFormat.of().parseHex(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String hash(String deviceId) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(secret);
            // one device, one id: "AbC-…" and "abc-…" are the same device (ids are letters, digits and hyphens)
            d.update(deviceId.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
