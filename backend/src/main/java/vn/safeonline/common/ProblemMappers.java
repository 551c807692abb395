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
                uri == null ? null : uri.getPath(), errors == null || errors.isEmpty() ? null : errors,
                headers == null ? null : headers.getHeaderString(RequestId.HEADER));
        return Response.status(type.status).type(PROBLEM_JSON).entity(body).build();
    }

    @ServerExceptionMapper
    public Response api(ApiException e, HttpHeaders h, UriInfo u) {
        boolean en = english(h);
        return problem(e.type, e.detail(en), e.errors(en), h, u);
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

    /** The body field a Jackson error is about: "legalBases[1].issuer". */
    static String bodyPath(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (field.length() > 0) field.append('.');
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    @ServerExceptionMapper(priority = 1)
    public Response json(JsonProcessingException e, HttpHeaders h, UriInfo u) {
        if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            String field = bodyPath(jme);
            boolean en = english(h);
            String msg = e instanceof JsonDates.OutOfRange
                    ? en ? "a date between 0001-01-01 and 9999-12-31" : "ngày trong khoảng 0001-01-01 đến 9999-12-31"
                    : en ? "Wrong type or format (dates as YYYY-MM-DD, numbers, enumeration values in upper case)"
                    : "Giá trị không đúng kiểu hoặc định dạng (ngày theo YYYY-MM-DD, số, giá trị liệt kê viết hoa)";
            // the parser's own text (class names, positions) is logged, never returned
            LOG.debugf("unreadable field %s: %s", field, e.getOriginalMessage());
            return problem(ProblemType.VALIDATION_FAILED, msg,
                    List.of(new Problem.FieldError(field.toString(), "InvalidFormat", msg)), h, u);
        }
        return problem(ProblemType.MALFORMED_REQUEST, english(h) ? "The JSON body cannot be read" : "Nội dung JSON không đọc được", null, h, u);
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
        return problem(ProblemType.VERSION_CONFLICT, changedMeanwhile(h), null, h, u);
    }

    @ServerExceptionMapper
    public Response stale(StaleStateException e, HttpHeaders h, UriInfo u) {
        return problem(ProblemType.VERSION_CONFLICT, changedMeanwhile(h), null, h, u);
    }

    private static String changedMeanwhile(HttpHeaders h) {
        return english(h) ? "Someone else has just changed this record" : "Bản ghi vừa được người khác cập nhật";
    }

    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, HttpHeaders h, UriInfo u) {
        String name = e.getConstraintName() == null ? "" : e.getConstraintName();
        LOG.debugf("constraint violated: %s", name);
        return problem(ProblemType.CONFLICT, DbConstraints.describe(name), null, h, u);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders h, UriInfo u) {
        return problem(ProblemType.UNAUTHENTICATED, english(h) ? "A valid access token (Bearer) is required" : "Thiếu hoặc sai mã truy cập (Bearer token)", null, h, u);
    }

    @ServerExceptionMapper
    public Response authFailed(AuthenticationFailedException e, HttpHeaders h, UriInfo u) {
        return problem(ProblemType.UNAUTHENTICATED, english(h) ? "The access token is invalid or has expired" : "Mã truy cập không hợp lệ hoặc đã hết hạn", null, h, u);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders h, UriInfo u) {
        return problem(ProblemType.FORBIDDEN, english(h) ? "Your role may not do this" : "Vai trò của bạn không được phép thực hiện thao tác này", null, h, u);
    }

    /**
     * The framework's own refusals (no route, wrong method or media type, a parameter that does not convert).
     * Their messages are the framework's ("Unable to find matching target resource method", "HTTP 400 Bad
     * Request"): the detail is ours, in the caller's language, and the framework text only goes to the log.
     */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders h, UriInfo u) {
        if (e.getCause() instanceof JsonProcessingException json) return json(json, h, u); // a body the reader could not parse
        int status = e.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 401 -> ProblemType.UNAUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 414 -> ProblemType.URI_TOO_LONG;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> status < 500 ? ProblemType.MALFORMED_REQUEST : ProblemType.INTERNAL;
        };
        if (status >= 500) {
            LOG.error("request failed", e);
        } else {
            LOG.debugf("refused with %d: %s", status, e.getMessage());
        }
        boolean en = english(h);
        String detail = switch (type) {
            case UNAUTHENTICATED -> en ? "A valid access token (Bearer) is required" : "Thiếu hoặc sai mã truy cập (Bearer token)";
            case FORBIDDEN -> en ? "Your role may not do this" : "Vai trò của bạn không được phép thực hiện thao tác này";
            case NOT_FOUND -> en ? "Nothing exists at this address" : "Không có tài nguyên tại địa chỉ này";
            case METHOD_NOT_ALLOWED -> en ? "This address does not accept this method" : "Địa chỉ này không nhận phương thức này";
            case NOT_ACCEPTABLE -> en ? "The response cannot be given in the type asked for (Accept)" : "Không trả lời được theo kiểu dữ liệu yêu cầu (Accept)";
            case PAYLOAD_TOO_LARGE -> en ? "The request body is too large" : "Nội dung gửi lên quá lớn";
            case URI_TOO_LONG -> en ? "The request URI is too long" : "Địa chỉ yêu cầu quá dài";
            case UNSUPPORTED_MEDIA_TYPE -> en ? "This address does not accept this Content-Type" : "Địa chỉ này không nhận kiểu dữ liệu (Content-Type) này";
            case INTERNAL -> null;
            default -> en ? "The request is malformed (a parameter or header has the wrong form)"
                    : "Yêu cầu không đúng định dạng (tham số hoặc tiêu đề sai dạng)";
        };
        Response r = problem(type, detail, null, h, u);
        String allow = e.getResponse().getHeaderString("Allow");
        return allow == null ? r : Response.fromResponse(r).header("Allow", allow).build();
    }

    /** The database cannot be reached (refused, timed out, pool exhausted): 503 with Retry-After, not 500. */
    static final int DB_RETRY_AFTER_SECONDS = 30;

    static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException || t instanceof java.net.ConnectException) return true;
            if (t instanceof java.sql.SQLException s) {
                if (s.getSQLState() != null && s.getSQLState().startsWith("08")) return true; // connection exception class
                String m = s.getMessage();
                String lower = m == null ? "" : m.toLowerCase(Locale.ROOT);
                if (lower.contains("acquisition timeout") || lower.contains("connection refused")) return true; // Agroal, driver
            }
        }
        return false;
    }

    @ServerExceptionMapper(priority = 10000)
    public Response any(Throwable e, HttpHeaders h, UriInfo u) {
        if (databaseUnavailable(e)) {
            LOG.warnf("database unavailable: %s", e.toString());
            Response r = problem(ProblemType.SERVICE_UNAVAILABLE, english(h) ? "The database cannot be reached at the moment"
                    : "Tạm thời không kết nối được cơ sở dữ liệu", null, h, u);
            return Response.fromResponse(r).header("Retry-After", DB_RETRY_AFTER_SECONDS).build();
        }
        LOG.error("unhandled error", e);
        return problem(ProblemType.INTERNAL, english(h) ? "Something went wrong; nothing was done" : "Đã có lỗi, thao tác không được thực hiện", null, h, u);
    }
}
