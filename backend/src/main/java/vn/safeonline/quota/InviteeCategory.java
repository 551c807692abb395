package vn.safeonline.quota;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;

/**
 * A kind of invitee (enterprise, KOL, school representative, student…): data, not an enum. A
 * deployment has its defaults (plan null); a plan may add its own. {@code minors} marks categories
 * whose people are children, whose personal fields are protected.
 */
@Entity
@Table(name = "invitee_category")
public class InviteeCategory extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitee_category_seq")
    @SequenceGenerator(name = "invitee_category_seq", sequenceName = "invitee_category_seq", allocationSize = 50)
    public Long id;

    @Column(name = "tenant_id")
    public long tenantId;

    @Column(name = "plan_id")
    public Long planId;

    public String code;
    public String name;
    public boolean minors;

    /** Protocol order of the consolidated list: leaders first. */
    @Column(name = "protocol_rank")
    public int protocolRank;

    /** The deployment's defaults and the plan's own. */
    public static List<InviteeCategory> forPlan(long tenant, long planId) {
        return list("tenantId = ?1 and (planId is null or planId = ?2) order by protocolRank, name", tenant, planId);
    }

    public static InviteeCategory create(long tenant, Long planId, String code, String name, boolean minors, int rank) {
        InviteeCategory c = new InviteeCategory();
        c.tenantId = tenant;
        c.planId = planId;
        c.code = code;
        c.name = name;
        c.minors = minors;
        c.protocolRank = rank;
        c.persist();
        return c;
    }

    /** The defaults every deployment starts with. */
    public static void createDefaults(long tenant) {
        create(tenant, null, "LEADER", "Lãnh đạo cơ quan, đơn vị", false, 10);
        create(tenant, null, "POLICE_UNIT_LEADER", "Lãnh đạo Phòng nghiệp vụ, Công an xã, phường", false, 20);
        create(tenant, null, "ENTERPRISE", "Doanh nghiệp lớn", false, 40);
        create(tenant, null, "ASSOCIATION", "Hội, hiệp hội, tổ chức xã hội", false, 50);
        create(tenant, null, "PRESS", "Cơ quan truyền thông, báo chí", false, 60);
        create(tenant, null, "SCHOOL_REPRESENTATIVE", "Đại diện trường học", false, 70);
        create(tenant, null, "INFLUENCER", "KOL, quản trị viên hội nhóm, diễn đàn", false, 80);
        create(tenant, null, "STUDENT", "Học sinh, trẻ em", true, 90);
        create(tenant, null, "OTHER", "Khác", false, 100);
    }
}
