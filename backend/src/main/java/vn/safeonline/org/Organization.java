package vn.safeonline.org;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;
import vn.safeonline.common.Text;

/**
 * A body of the city: People's Committee, department, police, school, ward… They form trees; a
 * People's Committee is the root of one deployment (a tenant), and every other body belongs to one.
 */
@Entity
@Table(name = "organization")
public class Organization extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
    @SequenceGenerator(name = "organization_seq", sequenceName = "organization_seq", allocationSize = 50)
    public Long id;

    /** The People's Committee of this body's deployment; null on that People's Committee itself. */
    @Column(name = "tenant_id")
    public Long tenantId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Organization parent;

    /** Ids of the ancestors, "/1/5/"; "/" for a root. */
    public String path;

    public String code;
    public String name;

    @Column(name = "name_search")
    String nameSearch;

    @Enumerated(EnumType.STRING)
    public OrganizationType type;

    @Version
    public int version;

    @PrePersist
    @PreUpdate
    void fold() {
        nameSearch = Text.fold(name + " " + code);
    }

    /** The deployment this body belongs to. */
    public long tenant() {
        return tenantId != null ? tenantId : id;
    }

    /** The LIKE prefix of this body's descendants. */
    public String subtreePrefix() {
        return path + id + "/";
    }

    public boolean contains(Organization other) {
        return other != null && (other.id.equals(id) || other.path.startsWith(subtreePrefix()));
    }

    /** Places a new body under its parent (or as a root of the given tenant) before it is persisted. */
    public static Organization create(String code, String name, OrganizationType type, Organization parent, Long tenantId) {
        Organization o = new Organization();
        o.code = code;
        o.name = Text.clean(name);
        o.type = type;
        o.parent = parent;
        o.path = parent == null ? "/" : parent.subtreePrefix();
        o.tenantId = parent != null ? Long.valueOf(parent.tenant()) : tenantId;
        o.persist();
        return o;
    }

    public static Optional<Organization> findInTenant(long tenant, Long id) {
        if (id == null) return Optional.empty();
        return find("id = ?1 and (tenantId = ?2 or id = ?2)", id, tenant).firstResultOptional();
    }

    public static Optional<Organization> findByCode(long tenant, String code) {
        return find("code = ?1 and (tenantId = ?2 or id = ?2)", code, tenant).firstResultOptional();
    }
}
