package vn.safeonline.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.safeonline.auth.ClientCredentials;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.client.SystemClientDtos.ClientInput;
import vn.safeonline.client.SystemClientDtos.ClientSecret;
import vn.safeonline.client.SystemClientDtos.ClientView;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.ProblemType;
import vn.safeonline.common.Role;
import vn.safeonline.org.Organization;
import vn.safeonline.user.AccountChanged;
import vn.safeonline.user.AppUser;

/**
 * Registers, rotates and revokes system clients, and answers the client-credentials grant. ADMIN registers a client for
 * any organisation of the deployment, a COORDINATOR for its own organisation or one below it (a department for its
 * schools); the client acts through an OFFICER account of that organisation, so it meets the same organisation rules.
 */
@ApplicationScoped
public class SystemClientService implements ClientCredentials {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ID_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
    /** How long the previous secret keeps working after a rotation, so that a system can switch without downtime. */
    static final Duration ROTATION_OVERLAP = Duration.ofHours(24);

    @Inject
    CurrentUser me;
    @Inject
    AuditLog audit;
    @Inject
    BusinessClock clock;
    @Inject
    Event<AccountChanged> accountChanged;

    /** Who may manage clients for this organisation: ADMIN of the deployment, or a coordinator of it or above it. */
    private void requireManager(Organization o) {
        if (me.isAdmin() && o.tenant() == me.tenant()) return;
        if (me.has(Role.COORDINATOR) && me.within(o)) return;
        throw ApiException.forbidden("Chỉ quản trị viên, hoặc điều phối viên của đơn vị (hay đơn vị cấp trên), đăng ký ứng dụng cho đơn vị");
    }

    /** The client, or 404 when the caller may not manage it. */
    private SystemClient find(long id) {
        SystemClient c = SystemClient.findWithAccount(id).orElseThrow(() -> ApiException.notFound("Ứng dụng", id));
        try {
            requireManager(c.account.organization);
        } catch (ApiException e) {
            throw ApiException.notFound("Ứng dụng", id);
        }
        return c;
    }

    /** The client, for the caller who manages it or for the client itself (404 otherwise): webhooks hang under it. */
    public SystemClient manageable(long id) {
        if (!me.user().system) return find(id);
        SystemClient own = self();
        if (own == null || own.id != id) throw ApiException.notFound("Ứng dụng", id);
        return own;
    }

    /** The client a system caller is (null for a person). */
    public SystemClient self() {
        AppUser caller = me.user();
        return caller.system ? SystemClient.ofAccount(caller.id) : null;
    }

    public ClientView get(long id) {
        return ClientView.of(find(id));
    }

    /** The clients the caller manages: all of the deployment for ADMIN, its own subtree's for a coordinator. */
    public PageResponse<ClientView> list(PageParams page) {
        Map<String, Object> params = new HashMap<>();
        String where;
        if (me.isAdmin()) {
            where = "(o.tenantId = :tenant or o.id = :tenant)";
            params.put("tenant", me.tenant());
        } else if (me.has(Role.COORDINATOR)) {
            where = "(o.id = :org or o.path like :pfx)";
            params.put("org", me.org().id);
            params.put("pfx", me.org().subtreePrefix() + "%");
        } else {
            throw ApiException.forbidden("Chỉ quản trị viên hoặc điều phối viên quản lý ứng dụng hệ thống");
        }
        long total = SystemClient.count("select count(c) from SystemClient c join c.account a join a.organization o where " + where, params);
        List<SystemClient> items = SystemClient.<SystemClient>find("select c from SystemClient c join fetch c.account a join fetch a.organization o where " + where
                + " order by " + page.orderBy(Map.of("name", "c.name", "createdAt", "c.createdAt"), "name", "c.id"), params).page(page.page - 1, page.size).list();
        return new PageResponse<>(items.stream().map(ClientView::of).toList(), page.page, page.size, total);
    }

    @Transactional
    public ClientSecret register(ClientInput in) {
        Organization o = Organization.findInTenant(me.tenant(), in.organizationId())
                .orElseThrow(() -> ApiException.unprocessable("organizationId", "Unknown", "Không có đơn vị này"));
        requireManager(o);
        String clientId = newClientId();
        AppUser account = new AppUser();
        account.username = clientId;
        account.fullName = "Ứng dụng: " + in.name().trim();
        account.organization = o;
        account.roles = new String[]{Role.OFFICER.name()};
        account.system = true;
        account.scopes = in.scopes().stream().distinct().sorted().toArray(String[]::new);
        account.persist();
        SystemClient c = new SystemClient();
        c.clientId = clientId;
        c.name = in.name().trim();
        c.account = account;
        String secret = newSecret();
        c.secretHash = hash(secret);
        c.createdBy = me.user().id;
        c.createdAt = clock.now();
        c.persist();
        SystemClient.flush();
        audit.record("CREATE", "system_client", c.id, null, Map.of("clientId", clientId, "organization", o.id, "scopes", List.of(account.scopes)));
        return new ClientSecret(ClientView.of(c), secret);
    }

    /** A new secret; the previous one keeps working for ROTATION_OVERLAP (two live secrets), the one before it stops. */
    @Transactional
    public ClientSecret rotate(long id) {
        SystemClient c = find(id);
        requireLive(c);
        String secret = newSecret();
        c.previousSecretHash = c.secretHash;
        c.previousValidUntil = clock.now().plus(ROTATION_OVERLAP);
        c.secretHash = hash(secret);
        SystemClient.flush();
        audit.record("ROTATE_SECRET", "system_client", c.id, null, Map.of("previousValidUntil", c.previousValidUntil));
        return new ClientSecret(ClientView.of(c), secret);
    }

    @Transactional
    public ClientView setScopes(long id, List<String> scopes) {
        SystemClient c = find(id);
        requireLive(c);
        String[] before = c.account.scopes;
        c.account.scopes = scopes.stream().distinct().sorted().toArray(String[]::new);
        SystemClient.flush();
        audit.record("UPDATE", "system_client", c.id, Map.of("scopes", List.of(before)), Map.of("scopes", List.of(c.account.scopes)));
        accountChanged.fire(new AccountChanged(c.account.id));
        return ClientView.of(c);
    }

    /** Revoked for good: its secrets and its tokens stop working at once (its account is deactivated). */
    @Transactional
    public ClientView revoke(long id) {
        SystemClient c = find(id);
        if (c.revokedAt == null) {
            c.revokedAt = clock.now();
            c.account.active = false;
            c.previousSecretHash = null;
            c.previousValidUntil = null;
            SystemClient.flush();
            audit.record("REVOKE", "system_client", c.id, null, null);
            accountChanged.fire(new AccountChanged(c.account.id));
        }
        return ClientView.of(c);
    }

    private static void requireLive(SystemClient c) {
        if (c.revokedAt != null) throw new ApiException(ProblemType.INVALID_TRANSITION, "Ứng dụng đã bị thu hồi");
    }

    @Override
    @Transactional
    public Optional<AppUser> authenticate(String clientId, String secret) {
        SystemClient c = SystemClient.findByClientId(clientId).orElse(null);
        if (c == null || c.revokedAt != null || !c.account.active) return Optional.empty();
        String given = hash(secret);
        boolean current = MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII), c.secretHash.getBytes(StandardCharsets.US_ASCII));
        boolean previous = c.previousSecretHash != null && c.previousValidUntil != null && clock.now().isBefore(c.previousValidUntil)
                && MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII), c.previousSecretHash.getBytes(StandardCharsets.US_ASCII));
        if (!current && !previous) return Optional.empty();
        c.lastUsedAt = clock.now();
        c.account.organization.name.length(); // loaded for the caller after this transaction
        return Optional.of(c.account);
    }

    private static String newClientId() {
        StringBuilder b = new StringBuilder("sc-");
        for (int i = 0; i < 16; i++) b.append(ID_ALPHABET.charAt(RANDOM.nextInt(ID_ALPHABET.length())));
        return b.toString();
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "scs_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
