package vn.safeonline.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateTimeDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.ToIntFunction;

/**
 * One rule for every date in a request body: written as an ISO string (never a number or an array), and
 * within the years PostgreSQL and people use, 0001 to 9999. A date outside that ({@code +999999999-12-31})
 * would otherwise be read and then fail in the database as a 500; here it is a field error
 * (ProblemMappers names the field).
 */
@Singleton
public class JsonDates implements ObjectMapperCustomizer {
    static final int MIN_YEAR = 1;
    static final int MAX_YEAR = 9999;

    /** The rule itself, for the few dates that come as query parameters rather than in a body. */
    public static boolean storable(LocalDate date) {
        return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
    }

    /** A date that parses but lies outside 0001–9999. */
    public static final class OutOfRange extends InvalidFormatException {
        OutOfRange(JsonParser p, String value, Class<?> type) {
            super(p, "date out of range", value, type);
        }
    }

    @Override
    public int priority() {
        return MINIMUM_PRIORITY; // after Quarkus registers the JavaTimeModule, so these deserializers win
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("safeonline-dates");
        module.addDeserializer(LocalDate.class, new Bounded<>(LocalDate.class, LocalDateDeserializer.INSTANCE, LocalDate::getYear));
        module.addDeserializer(LocalDateTime.class, new Bounded<>(LocalDateTime.class, LocalDateTimeDeserializer.INSTANCE, LocalDateTime::getYear));
        module.addDeserializer(OffsetDateTime.class, new Bounded<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME,
                d -> d.withOffsetSameInstant(ZoneOffset.UTC).getYear())); // the instant timestamptz stores
        module.addDeserializer(Instant.class, new Bounded<>(Instant.class, InstantDeserializer.INSTANT, i -> i.atOffset(ZoneOffset.UTC).getYear()));
        mapper.registerModule(module);
    }

    static final class Bounded<T> extends JsonDeserializer<T> {
        private final Class<T> type;
        private final JsonDeserializer<? extends T> standard;
        private final ToIntFunction<T> year;

        Bounded(Class<T> type, JsonDeserializer<? extends T> standard, ToIntFunction<T> year) {
            this.type = type;
            this.standard = standard;
            this.year = year;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                @SuppressWarnings("unchecked") T refused = (T) ctxt.handleUnexpectedToken(type, p);
                return refused;
            }
            String text = p.getText();
            T value;
            try {
                value = standard.deserialize(p, ctxt);
            } catch (java.time.DateTimeException e) {
                throw new OutOfRange(p, text, type);
            }
            if (value == null) return null;
            int y = year.applyAsInt(value);
            if (y < MIN_YEAR || y > MAX_YEAR) throw new OutOfRange(p, text, type);
            return value;
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }
}
