package vn.safeonline.minors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.common.AuditLog;
import vn.safeonline.org.Organization;

/**
 * The one rule for a child's personal data, wherever a child appears (a pupil delegate, a contest entry, an import row):
 * the contact, guardian and circumstance fields reach only the people of the organisation that holds the child's
 * relationship (the school, or the agency that submitted the pupil) and of the organisation that receives the child where
 * the task needs it (the agency receiving the delegate list). Everyone else — ADMIN, the Department of Education above the
 * school, the plan's issuer, a contest's organisers — sees them masked. Every unmasked read is audited (which records and
 * which fields, never their values).
 */
@RequestScoped
public class MinorsData {
    @Inject
    CurrentUser me;
    @Inject
    AuditLog audit;

    /** Who holds the child's relationship, and who receives the child for the task (null: nobody beyond the holder). */
    public record Relationship(long holderId, Long receiverId) {
        public static Relationship heldBy(Organization holder) {
            return new Relationship(holder.id, null);
        }

        public static Relationship of(Organization holder, Organization receiver) {
            return new Relationship(holder.id, receiver == null ? null : receiver.id);
        }
    }

    /** Whether the caller sees the child's contact, guardian and circumstance fields. */
    public boolean sees(Relationship r) {
        long org = me.org().id;
        return org == r.holderId() || (r.receiverId() != null && org == r.receiverId());
    }

    /** Records that the caller read these children's fields unmasked (nothing when the list is empty). */
    public void readUnmasked(String entityType, Long parentId, Collection<Long> ids, String fields) {
        if (ids.isEmpty()) return;
        audit.recordRead(entityType, parentId, Map.of("ids", ids, "fields", fields));
    }

    /** "0907 123 456" → "********56": the last two digits, so that a reader can tell two numbers apart. */
    public static String maskPhone(String phone) {
        if (phone == null) return null;
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.length() < 3 ? "***" : "*".repeat(digits.length() - 2) + digits.substring(digits.length() - 2);
    }
}
