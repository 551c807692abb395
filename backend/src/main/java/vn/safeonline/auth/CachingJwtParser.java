package vn.safeonline.auth;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers the bearer tokens it has verified for up to a minute (never past their expiry), so
 * that a client sending the same token many times a second (a door scanning delegates) pays the
 * signature check once. Lookup is by the whole token: only the exact string that was verified
 * matches. Roles and the account's state are not taken from the token (see DatabaseRolesAugmentor).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser implements JWTParser {
    private static final int MAX_ENTRIES = 10_000;
    private static final long MAX_AGE_SECONDS = 60;

    private record Verified(JsonWebToken jwt, long until) {
    }

    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    DefaultJWTParser delegate;

    /** Our tokens are about 1 KB; anything far larger is refused before any parsing or caching (401). */
    static final int MAX_TOKEN_CHARS = 8192;

    private static void requireSize(String token) throws ParseException {
        if (token != null && token.length() > MAX_TOKEN_CHARS) throw new ParseException("token too large");
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        requireSize(token);
        long now = System.currentTimeMillis() / 1000;
        Verified v = verified.get(token);
        if (v != null && now < v.until) return v.jwt;
        JsonWebToken jwt = delegate.parse(token);
        if (verified.size() >= MAX_ENTRIES) verified.clear();
        verified.put(token, new Verified(jwt, Math.min(jwt.getExpirationTime(), now + MAX_AGE_SECONDS)));
        return jwt;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        requireSize(token);
        return delegate.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return delegate.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return delegate.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return delegate.parseOnly(token);
    }
}
