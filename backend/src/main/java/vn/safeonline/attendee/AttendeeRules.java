package vn.safeonline.attendee;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.safeonline.attendee.AttendeeDtos.AttendeeInput;
import vn.safeonline.common.Problem.FieldError;
import vn.safeonline.quota.InviteeCategory;

/** The rules an attendee meets, whichever way it comes in: the form, the API, or a spreadsheet row. */
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
        if (category.minors) {
            if (blank(in.school())) errors.add(new FieldError("school", "Required", "Học sinh cần có tên trường"));
            if (blank(in.grade())) errors.add(new FieldError("grade", "Required", "Học sinh cần có lớp"));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
