package vn.safeonline.retention;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.common.Etags;
import vn.safeonline.plan.Plan;
import vn.safeonline.plan.PlanAccess;
import vn.safeonline.retention.RetentionDtos.RetentionInput;
import vn.safeonline.retention.RetentionDtos.RetentionView;

/** A plan's retention period: read by whoever sees the plan, set by its managers (issuer or standing agency). */
@RequestScoped
public class PlanRetention {
    @Inject
    PlanAccess access;
    @Inject
    RetentionSql sql;
    @Inject
    AuditLog audit;
    @Inject
    BusinessClock clock;

    public record Found(Plan plan, RetentionView view) {
    }

    public Found get(long planId) {
        Plan p = access.find(planId);
        return new Found(p, view(p));
    }

    @Transactional
    public Found update(long planId, String ifMatch, RetentionInput in) {
        Plan p = access.find(planId);
        access.requireManager(p);
        Etags.require(ifMatch, p.version);
        int before = p.retentionDays;
        p.retentionDays = in.retentionDays();
        Plan.flush();
        audit.record("UPDATE_RETENTION", "plan", p.id, Map.of("retentionDays", before), Map.of("retentionDays", p.retentionDays));
        return new Found(p, view(p));
    }

    private RetentionView view(Plan p) {
        RetentionSql.Dates d = sql.dates(p.id, clock.today());
        return new RetentionView(p.id, p.retentionDays, d.closesOn(), d.retainedUntil(), d.expired(), access.manages(p), p.version);
    }
}
