package vn.safeonline.common;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.formatters.JsonFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * Structured logs: with {@code app.log.json} (on in the prod profile, {@code APP_LOG_JSON}) the console writes one JSON
 * object a line — timestamp, level, logger, thread, message, the MDC (the request's {@code requestId}, common/RequestId)
 * and an exception's frames — for the log collector, from the first thing the app does after it has started (the lines
 * of the start itself stay text). JBoss LogManager's own JSON formatter: no extension needed.
 */
public class JsonLogs {
    void install(@Observes @Priority(1) StartupEvent start, @ConfigProperty(name = "app.log.json", defaultValue = "false") boolean json) {
        if (!json) return;
        JsonFormatter formatter = new JsonFormatter();
        formatter.setPrintDetails(false);
        formatter.setZoneId(BusinessClock.ZONE.getId());
        formatter.setExceptionOutputType(JsonFormatter.ExceptionOutputType.FORMATTED);
        for (Handler h : Logger.getLogger("").getHandlers()) apply(h, formatter);
    }

    private static void apply(Handler handler, JsonFormatter formatter) {
        if (handler instanceof ConsoleHandler) handler.setFormatter(formatter);
        if (handler instanceof ExtHandler ext) for (Handler child : ext.getHandlers()) apply(child, formatter);
    }
}
