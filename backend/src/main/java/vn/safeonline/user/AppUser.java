package vn.safeonline.user;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.safeonline.common.Role;
import vn.safeonline.common.Text;
import vn.safeonline.org.Organization;

@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    public Long id;

    public String username;

    @Column(name = "password_hash")
    public String passwordHash;

    @Column(name = "full_name")
    public String fullName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "roles", columnDefinition = "varchar(16)[]")
    public String[] roles;

    public boolean active = true;

    /** Where email notifications go (optional; several accounts may share one). */
    public String email;

    /** Whether the user receives email notifications (true unless it opted out). */
    @Column(name = "email_notifications")
    public boolean emailNotifications = true;

    /** An account a system client acts through (client/): never signs in with a password; its scopes narrow what it may call. */
    public boolean system;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "scopes", columnDefinition = "varchar(32)[]")
    public String[] scopes;

    @Version
    public int version;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    /** The scopes of a system account (empty for a person). */
    public Set<String> scopeSet() {
        return scopes == null ? Set.of() : Set.of(scopes);
    }

    public Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles).map(Role::valueOf).forEach(set::add);
        return set;
    }

    public static Optional<AppUser> findActiveByUsername(String username) {
        return find("select u from AppUser u join fetch u.organization where u.username = ?1 and u.active = true", username)
                .firstResultOptional();
    }

    /** These accounts with their organisations, by full name. */
    public static List<AppUser> withOrganization(Collection<Long> ids) {
        return list("select u from AppUser u join fetch u.organization where u.id in ?1 order by u.fullName", ids);
    }

    /** How many of these ids are active accounts of the deployment. */
    public static long countActiveInTenant(Collection<Long> ids, long tenant) {
        return count("select count(u) from AppUser u join u.organization o where u.id in ?1 and u.active = true and (o.tenantId = ?2 or o.id = ?2)",
                ids, tenant);
    }

    /** Active accounts of the deployment whose name, username or organisation matches the query (diacritics ignored for the organisation), by full name. */
    public static List<AppUser> searchActiveInTenant(long tenant, String q, int limit) {
        String text = q == null ? "" : q;
        return AppUser.<AppUser>find("select u from AppUser u join fetch u.organization o where u.active = true and (o.tenantId = ?1 or o.id = ?1)"
                + " and (lower(u.fullName) like ?2 escape '\\' or lower(u.username) like ?2 escape '\\' or o.nameSearch like ?3 escape '\\')"
                + " order by u.fullName", tenant, Text.likeLower(text), Text.likePattern(text)).page(0, limit).list();
    }
}
