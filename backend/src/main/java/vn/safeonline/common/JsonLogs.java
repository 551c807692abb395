package vn.safeonline.common;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtFormatter;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * Structured logs: with {@code app.log.json} (on in the prod profile, {@code APP_LOG_JSON}) the console writes one JSON
 * object a line — {@code timestamp} (Vietnam time), {@code level}, {@code logger}, {@code thread}, {@code message},
 * {@code requestId} (common/RequestId, when the line belongs to a request) and an exception's {@code stackTrace} — for the
 * log collector, from the first thing the app does after it has started (the lines of the start itself stay text).
 * Written with Jackson, which the app carries anyway (JBoss LogManager's own JSON formatter needs a JSON-P library on the
 * boot class path; quarkus-logging-json 3.34.3 is not on Maven Central).
 */
public class JsonLogs {
    void install(@Observes @Priority(1) StartupEvent start, @ConfigProperty(name = "app.log.json", defaultValue = "false") boolean json) {
        if (!json) return;
        Formatter formatter = new Formatter();
        for (Handler h : Logger.getLogger("").getHandlers()) apply(h, formatter);
    }

    private static void apply(Handler handler, Formatter formatter) {
        if (handler instanceof ConsoleHandler) handler.setFormatter(formatter);
        if (handler instanceof ExtHandler ext) for (Handler child : ext.getHandlers()) apply(child, formatter);
    }

    /** One log record as one line of JSON. */
    static final class Formatter extends ExtFormatter {
        private static final JsonFactory JSON = new JsonFactory();
        private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(BusinessClock.ZONE);

        @Override
        public String format(ExtLogRecord record) {
            StringWriter out = new StringWriter(256);
            try (JsonGenerator g = JSON.createGenerator(out)) {
                g.writeStartObject();
                g.writeStringField("timestamp", TIME.format(record.getInstant()));
                g.writeStringField("level", record.getLevel().getName());
                g.writeStringField("logger", record.getLoggerName());
                g.writeStringField("thread", record.getThreadName());
                g.writeStringField("message", formatMessage(record));
                String requestId = record.getMdc(RequestId.MDC_KEY);
                if (requestId != null) g.writeStringField("requestId", requestId);
                if (record.getThrown() != null) {
                    StringWriter trace = new StringWriter();
                    record.getThrown().printStackTrace(new PrintWriter(trace));
                    g.writeStringField("stackTrace", trace.toString());
                }
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.append('\n').toString();
        }
    }
}
