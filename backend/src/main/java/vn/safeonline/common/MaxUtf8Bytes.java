package vn.safeonline.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

/**
 * At most {@code value} bytes once encoded in UTF-8 (a Vietnamese letter with its marks takes 2–3 bytes): for
 * limits counted in bytes, such as bcrypt's 72. {@code @Size} counts characters; put both, {@code @Size} with the
 * same number tells the OpenAPI schema an upper bound.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MaxUtf8Bytes.Validator.class)
public @interface MaxUtf8Bytes {
    int value();

    String message() default "Dài quá {value} byte (UTF-8; chữ có dấu chiếm 2–3 byte)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<MaxUtf8Bytes, CharSequence> {
        private int max;

        @Override
        public void initialize(MaxUtf8Bytes a) {
            max = a.value();
        }

        @Override
        public boolean isValid(CharSequence s, ConstraintValidatorContext ctx) {
            return s == null || s.toString().getBytes(StandardCharsets.UTF_8).length <= max;
        }
    }
}
