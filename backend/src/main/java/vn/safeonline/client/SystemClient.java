package vn.safeonline.client;

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
import java.util.Optional;
import vn.safeonline.user.AppUser;

/** A school's or a department's system: its client id, the account it acts through, and the hashes of its live secrets. */
@Entity
@Table(name = "system_client")
public class SystemClient extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "system_client_seq")
    @SequenceGenerator(name = "system_client_seq", sequenceName = "system_client_seq", allocationSize = 50)
    public Long id;
    @Column(name = "client_id")
    public String clientId;
    public String name;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    public AppUser account;
    @Column(name = "secret_hash")
    public String secretHash;
    @Column(name = "previous_secret_hash")
    public String previousSecretHash;
    @Column(name = "previous_valid_until")
    public OffsetDateTime previousValidUntil;
    @Column(name = "created_by")
    public Long createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "last_used_at")
    public OffsetDateTime lastUsedAt;
    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;
    @Version
    public int version;

    /** The client with its account and the account's organisation. */
    public static Optional<SystemClient> findWithAccount(long id) {
        return find("select c from SystemClient c join fetch c.account a join fetch a.organization where c.id = ?1", id).firstResultOptional();
    }

    /** The client that acts through this account, with the account and its organisation, or null. */
    public static SystemClient ofAccount(long accountId) {
        return SystemClient.<SystemClient>find("select c from SystemClient c join fetch c.account a join fetch a.organization where a.id = ?1", accountId)
                .firstResult();
    }

    public static Optional<SystemClient> findByClientId(String clientId) {
        return find("select c from SystemClient c join fetch c.account a join fetch a.organization where c.clientId = ?1", clientId).firstResultOptional();
    }
}
