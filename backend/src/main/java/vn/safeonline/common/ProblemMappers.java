package vn.safeonline.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one table that turns every failure into application/problem+json; never a stack trace. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    public static final String PROBLEM_JSON = "application/problem+json";

    /** Whether an Accept-Language header value asks first for English (Vietnamese otherwise). */
    static boolean english(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) return false;
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            return !ranges.isEmpty() && ranges.get(0).getRange().toLowerCase(Locale.ROOT).startsWith("en");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean english(HttpHeaders headers) {
        if (headers == null) return false;
        List<Locale> langs = headers.getAcceptableLanguages();
        return !langs.isEmpty() && "en".equals(langs.get(0).getLanguage());
    }

    public static Response problem(ProblemType type, String detail, List<Problem.FieldError> errors, HttpHeaders headers, UriInfo uri) {
        Problem body = new Problem(type.uri(), type.code, type.title(english(headers)), type.status, detail,
                uri == null ? null : uri.getPath(), errors == null || errors.isEmpty() ? null : errors);
        return Response.status(type.status).type(PROBLEM_JSON).entity(body).build();
    }

    @ServerExceptionMapper
    public Response api(ApiException e, HttpHeaders h, UriInfo u) {
        return problem(e.type, e.getMessage(), e.errors, h, u);
    }

    @ServerExceptionMapper(priority = 1)
    public Response validation(ConstraintViolationException e, HttpHeaders h, UriInfo u) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            String code = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            errors.add(new Problem.FieldError(fieldPath(v.getPropertyPath()), code, v.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        boolean en = english(h);
        // the messages themselves come from ValidationMessages_vi / _en, chosen by the same Accept-Language
        return problem(ProblemType.VALIDATION_FAILED, en ? errors.size() + (errors.size() == 1 ? " field is invalid" : " fields are invalid")
                : errors.size() + " trường không hợp lệ", errors, h, u);
    }

    /** "create.input.legalBases[1].number" → "legalBases[1].number"; a query parameter keeps its name. */
    static String fieldPath(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.PARAMETER || kind == ElementKind.RETURN_VALUE) continue;
            if (node.isInIterable()) {
                Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (key != null) sb.append('[').append(key).append(']');
            }
            if (kind == ElementKind.CONTAINER_ELEMENT || node.getName() == null) continue;
            if (sb.length() > 0) sb.append('.');
            sb.append(node.getName());
        }
        String s = sb.toString();
        return s.isEmpty() ? lastParameter(path) : s;
    }

    private static String lastParameter(Path path) {
        String name = "";
        for (Path.Node node : path) if (node.getKind() == ElementKind.PARAMETER) name = node.getName();
        return name;
    }

    @ServerExceptionMapper(priority = 1)
    public Response json(JsonProcessingException e, HttpHeaders h, UriInfo u) {
        if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            StringBuilder field = new StringBuilder();
            for (JsonMappingException.Reference ref : jme.getPath()) {
                if (ref.getFieldName() != null) {
                    if (field.length() > 0) field.append('.');
                    field.append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    field.append('[').append(ref.getIndex()).append(']');
                }
            }
            String msg = "Giá trị không đúng kiểu hoặc định dạng (ngày theo YYYY-MM-DD, số, giá trị liệt kê viết hoa)";
            return problem(ProblemType.VALIDATION_FAILED, msg,
                    List.of(new Problem.FieldError(field.toString(), "InvalidFormat", msg)), h, u);
        }
        return problem(ProblemType.MALFORMED_REQUEST, "Nội dung JSON không đọc được", null, h, u);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatched(com.fasterxml.jackson.databind.exc.MismatchedInputException e, HttpHeaders h, UriInfo u) {
        return json(e, h, u);
    }

    @ServerExceptionMapper(priority = 1)
    public Response parse(com.fasterxml.jackson.core.JsonParseException e, HttpHeaders h, UriInfo u) {
        return json(e, h, u);
    }

    @ServerExceptionMapper(priority = 1)
    public Response databind(com.fasterxml.jackson.databind.DatabindException e, HttpHeaders h, UriInfo u) {
        return json(e, h, u);
    }

    @ServerExceptionMapper
    public Response optimistic(OptimisticLockException e, HttpHeaders h, UriInfo u) {
        return problem(ProblemType.VERSION_CONFLICT, "Bản ghi vừa được người khác cập nhật", null, h, u);
    }

    @ServerExceptionMapper
    public Response stale(StaleStateException e, HttpHeaders h, UriInfo u) {
        return problem(ProblemType.VERSION_CONFLICT, "Bản ghi vừa được người khác cập nhật", null, h, u);
    }

    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, HttpHeaders h, UriInfo u) {
        String name = e.getConstraintName() == null ? "" : e.getConstraintName();
        LOG.debugf("constraint violated: %s", name);
        return problem(ProblemType.CONFLICT, DbConstraints.describe(name), null, h, u);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders h, UriInfo u) {
        return problem(ProblemType.UNAUTHENTICATED, "Thiếu hoặc sai mã truy cập (Bearer token)", null, h, u);
    }

    @ServerExceptionMapper
    public Response authFailed(AuthenticationFailedException e, HttpHeaders h, UriInfo u) {
        return problem(ProblemType.UNAUTHENTICATED, "Mã truy cập không hợp lệ hoặc đã hết hạn", null, h, u);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders h, UriInfo u) {
        return problem(ProblemType.FORBIDDEN, "Vai trò của bạn không được phép thực hiện thao tác này", null, h, u);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders h, UriInfo u) {
        int status = e.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 401 -> ProblemType.UNAUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> status < 500 ? ProblemType.MALFORMED_REQUEST : ProblemType.INTERNAL;
        };
        if (status >= 500) LOG.error("request failed", e);
        return problem(type, status >= 500 ? null : e.getMessage(), null, h, u);
    }

    @ServerExceptionMapper(priority = 10000)
    public Response any(Throwable e, HttpHeaders h, UriInfo u) {
        LOG.error("unhandled error", e);
        return problem(ProblemType.INTERNAL, "Đã có lỗi, thao tác không được thực hiện", null, h, u);
    }
}
