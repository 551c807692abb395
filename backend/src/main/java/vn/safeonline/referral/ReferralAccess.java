package vn.safeonline.referral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.Role;
import vn.safeonline.org.Organization;
import vn.safeonline.org.OrganizationType;
import vn.safeonline.plan.Plan;
import vn.safeonline.plan.PlanStatus;

/**
 * Who opens, receives and sees support referrals, written once.
 * <ul>
 * <li>Open: the officers and coordinators of a school (primary, lower or upper secondary: its counsellor and teachers),
 * a police body (city police, its units, ward police) or a union (the Youth Union; the Women's Union is a union too).</li>
 * <li>Receive: any organisation of the deployment but the opener's own that gives support to children — those same
 * kinds, plus departments (Sở Y tế carries child protection since 2025, Sở Tư pháp legal aid, Sở GD&amp;ĐT) and
 * wards and communes (their child-protection officers).</li>
 * <li>See: only the officers and coordinators of the opening and of the receiving organisation itself — not the
 * organisations above them (the Department of Education does not see a school's cases), not ADMIN, not viewers.
 * Everyone else gets 404 and an empty list.</li>
 * <li>Escalation counts (no case, no child): the standing agency's people (an organisation that is the standing
 * agency of a plan of the deployment) and the deployment's administrators.</li>
 * </ul>
 */
@RequestScoped
public class ReferralAccess {
    static final Set<OrganizationType> SCHOOLS = EnumSet.of(OrganizationType.SCHOOL_PRIMARY, OrganizationType.SCHOOL_LOWER_SECONDARY,
            OrganizationType.SCHOOL_UPPER_SECONDARY);
    static final Set<OrganizationType> OPENERS = union(SCHOOLS, EnumSet.of(OrganizationType.POLICE, OrganizationType.POLICE_UNIT,
            OrganizationType.WARD_POLICE, OrganizationType.UNION));
    static final Set<OrganizationType> RECEIVERS = union(OPENERS, EnumSet.of(OrganizationType.DEPARTMENT, OrganizationType.WARD,
            OrganizationType.COMMUNE));

    @Inject
    CurrentUser me;

    private Boolean standing;

    private static Set<OrganizationType> union(Set<OrganizationType> a, Set<OrganizationType> b) {
        EnumSet<OrganizationType> s = EnumSet.copyOf(a);
        s.addAll(b);
        return s;
    }

    /** Officers and coordinators work cases; viewers and administrators (by that role alone) do not. */
    boolean works() {
        return me.has(Role.OFFICER) || me.has(Role.COORDINATOR);
    }

    public boolean canOpen() {
        return works() && OPENERS.contains(me.org().type);
    }

    public boolean canReceive() {
        return works() && RECEIVERS.contains(me.org().type);
    }

    /** The organisation may receive a case opened by {@code opener}: a support kind, in the opener's deployment, not the opener itself. */
    static boolean mayReceive(Organization receiver, Organization opener) {
        return receiver != null && RECEIVERS.contains(receiver.type) && receiver.tenant() == opener.tenant() && !receiver.id.equals(opener.id);
    }

    /** The case, when the caller works for its opening or receiving organisation; 404 otherwise, whoever asks. */
    public Referral find(long id) {
        if (!works()) throw notFound(id);
        return Referral.findFor(id, me.tenant(), me.org().id).orElseThrow(() -> notFound(id));
    }

    private static ApiException notFound(long id) {
        return ApiException.notFound("Hồ sơ hỗ trợ", id);
    }

    /** The caller's organisation in a list of cases, or null when it works none (an empty list, not a refusal). */
    Long listingOrg() {
        return works() ? me.org().id : null;
    }

    public ReferralSide side(Referral r) {
        return r.receiver.id.equals(me.org().id) ? ReferralSide.RECEIVED : ReferralSide.OPENED;
    }

    public void requireReceiver(Referral r) {
        if (side(r) != ReferralSide.RECEIVED) throw ApiException.forbidden("Chỉ đơn vị tiếp nhận hồ sơ được thực hiện bước này");
    }

    /** The standing agency's people and the deployment's administrators read the escalation counts. */
    public boolean readsEscalations() {
        return me.isAdmin() || standingAgency();
    }

    private boolean standingAgency() {
        if (standing == null) {
            standing = Plan.count("tenantId = ?1 and standingOrg.id = ?2 and status <> ?3", me.tenant(), me.org().id, PlanStatus.CANCELLED) > 0;
        }
        return standing;
    }
}
