package vn.safeonline.attendee;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.safeonline.attendee.AttendeeDtos.AttendeeInput;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.Problem.FieldError;
import vn.safeonline.common.ProblemType;
import vn.safeonline.quota.InviteeCategory;
import vn.safeonline.quota.Quota;

/** The rules an attendee meets, whichever way it comes in: the form, the API, or a spreadsheet row. The person key is {@link Attendee#personKey}. */
public final class AttendeeRules {
    private AttendeeRules() {
    }

    /** Field errors of one attendee for a category: Bean Validation, then the rules of minors. */
    public static List<FieldError> check(Validator validator, AttendeeInput in, InviteeCategory category) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<AttendeeInput> v : validator.validate(in)) {
            errors.add(new FieldError(v.getPropertyPath().toString(), v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                    v.getMessage()));
        }
        errors.addAll(minorsFields(category, in.school(), in.grade()));
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    /** A minor (a category of minors) comes with a school and a grade. */
    public static List<FieldError> minorsFields(InviteeCategory category, String school, String grade) {
        if (!category.minors) return List.of();
        List<FieldError> errors = new ArrayList<>(2);
        if (blank(school)) errors.add(new FieldError("school", "Required", "Học sinh cần có tên trường"));
        if (blank(grade)) errors.add(new FieldError("grade", "Required", "Học sinh cần có lớp"));
        return errors;
    }

    /** The quota's active attendees (submitted or confirmed): the places used. */
    public static long filled(Quota q) {
        return Attendee.count("quota = ?1 and status in ?2", q, List.of(AttendeeStatus.SUBMITTED, AttendeeStatus.CONFIRMED));
    }

    /** The places left on a quota, or null when it has no limit. */
    public static Integer remaining(Quota q) {
        return q.count == null ? null : (int) Math.max(0, q.count - filled(q));
    }

    /**
     * Quota full: adding this many attendees may not take the quota beyond its count (409 quota-exceeded). The caller holds
     * the quota's row lock (QuotaService.lockForSubmission) until commit, so that the count stays true.
     */
    public static void requireRoom(Quota q, long adding) {
        if (q.count == null) return;
        long filled = filled(q);
        if (filled + adding > q.count) {
            throw new ApiException(ProblemType.QUOTA_EXCEEDED, "Chỉ tiêu " + q.category.name + " của " + q.owner.name + " là " + q.count
                    + ", đã gửi " + filled + ", còn " + Math.max(0, q.count - filled) + " chỗ; không thêm được " + adding + " đại biểu");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
