package vn.safeonline.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Appends audit events; joins the caller's transaction (and refuses to run outside one). */
@RequestScoped
public class AuditLog {
    @Inject
    Caller me;
    @Inject
    BusinessClock clock;

    /** Reads of protected personal data, logged even when the request only reads. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRead(String entityType, Long entityId, Object what) {
        write("READ_PERSONAL_DATA", entityType, entityId, null, what);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, Long entityId, Object before, Object after) {
        write(action, entityType, entityId, before, after);
    }

    /** A change made by the system itself (a scheduled job), not by a caller: its deployment and its name as the actor. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordSystem(long tenantId, String actor, String action, String entityType, Long entityId, Object after) {
        write(tenantId, null, actor, action, entityType, entityId, null, after);
    }

    private void write(String action, String entityType, Long entityId, Object before, Object after) {
        write(me.tenant(), me.userId(), me.username(), action, entityType, entityId, before, after);
    }

    private void write(long tenantId, Long actorId, String actor, String action, String entityType, Long entityId, Object before, Object after) {
        AuditEvent e = new AuditEvent();
        e.at = clock.now();
        e.tenantId = tenantId;
        e.actorId = actorId;
        e.actor = actor;
        e.action = action;
        e.entityType = entityType;
        e.entityId = entityId;
        e.before = before == null ? null : Json.write(before);
        e.after = after == null ? null : Json.write(after);
        e.persist();
    }
}
