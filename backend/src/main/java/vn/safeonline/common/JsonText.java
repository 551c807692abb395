package vn.safeonline.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every text of every JSON request body, once: a control character other than tab, line feed and carriage return
 * ({@link Text#isRefusedControl}) is refused with 400 and the field's path, before any feature sees it (PostgreSQL
 * text and jsonb hold no NUL; the others are never meant). Files (CSV, spreadsheets) are cleaned by
 * {@link Text#clean} with the same rule instead.
 */
@Singleton
public class JsonText implements ObjectMapperCustomizer {
    public static final String MESSAGE = "Chứa ký tự điều khiển (như NUL, U+0000) không được phép trong văn bản";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("safeonline-text").addDeserializer(String.class, new Refusing()));
    }

    /** A string with a refused control character. */
    public static final class ControlCharacter extends InvalidFormatException {
        ControlCharacter(JsonParser p, String value) {
            super(p, MESSAGE, value, String.class);
        }
    }

    static final class Refusing extends StdScalarDeserializer<String> {
        Refusing() {
            super(String.class);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String s = StringDeserializer.instance.deserialize(p, ctxt);
            if (s != null && Text.firstRefusedControl(s) >= 0) throw new ControlCharacter(p, s);
            return s;
        }
    }

    /** The same problem as any other bad value of a body (ProblemMappers names the field), with this code and message. */
    @ServerExceptionMapper
    public Response refused(ControlCharacter e, HttpHeaders h, UriInfo u) {
        String field = ProblemMappers.bodyPath(e);
        return ProblemMappers.problem(ProblemType.VALIDATION_FAILED, MESSAGE,
                List.of(new Problem.FieldError(field, "ControlCharacter", MESSAGE)), h, u);
    }
}
