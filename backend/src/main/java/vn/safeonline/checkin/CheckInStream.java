package vn.safeonline.checkin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.logging.Logger;
import vn.safeonline.checkin.CheckInResource.Counts;

/**
 * Live counters for the doors and the organisers' screens, as server-sent events. Each replica watches the events its own
 * listeners follow: once a second it asks the database whether the event's check-ins or delegates changed (one small query
 * per followed event, whichever replica recorded the change) and, if so, computes the counters once — the same figures as
 * {@code GET …/check-ins/counts} — and sends them to every listener. A comment every 15 s keeps proxies from closing the line.
 */
@ApplicationScoped
public class CheckInStream {
    private static final Logger LOG = Logger.getLogger(CheckInStream.class);
    static final long PING_NANOS = 15_000_000_000L;

    record Listener(SseEventSink sink, Sse sse) {
    }

    private final Map<Long, List<Listener>> listeners = new ConcurrentHashMap<>();
    private final Map<Long, String> signatures = new ConcurrentHashMap<>();
    private volatile long lastPing = System.nanoTime();

    @Inject
    CheckInService checkIns;
    @Inject
    ObjectMapper json;

    /** A listener who passed the door's rule: gets the counters now, then on each change. */
    public void follow(long eventId, Counts now, String signature, SseEventSink sink, Sse sse) {
        Listener l = new Listener(sink, sse);
        signatures.putIfAbsent(eventId, signature);
        listeners.computeIfAbsent(eventId, k -> new CopyOnWriteArrayList<>()).add(l);
        send(eventId, l, text(now));
    }

    int following() {
        return listeners.values().stream().mapToInt(List::size).sum();
    }

    @Scheduled(identity = "checkin-stream", every = "{app.checkin.stream-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (listeners.isEmpty()) return;
        boolean ping = System.nanoTime() - lastPing > PING_NANOS;
        if (ping) lastPing = System.nanoTime();
        for (Map.Entry<Long, List<Listener>> e : listeners.entrySet()) {
            long eventId = e.getKey();
            List<Listener> ls = e.getValue();
            ls.removeIf(l -> l.sink().isClosed());
            if (ls.isEmpty()) {
                listeners.remove(eventId, ls);
                signatures.remove(eventId);
                continue;
            }
            try {
                String signature = checkIns.countersSignature(eventId);
                if (!signature.equals(signatures.put(eventId, signature))) {
                    String data = text(checkIns.figures(eventId));
                    for (Listener l : ls) send(eventId, l, data);
                } else if (ping) {
                    for (Listener l : ls) l.sink().send(l.sse().newEventBuilder().comment("ping").build())
                            .whenComplete((r, x) -> {
                                if (x != null) drop(eventId, l);
                            });
                }
            } catch (RuntimeException x) {
                LOG.warnf("live counters of event %d: %s", eventId, x.toString());
            }
        }
    }

    private void send(long eventId, Listener l, String data) {
        l.sink().send(l.sse().newEventBuilder().name("counts").data(String.class, data).build())
                .whenComplete((r, x) -> {
                    if (x != null) drop(eventId, l);
                });
    }

    private void drop(long eventId, Listener l) {
        List<Listener> ls = listeners.get(eventId);
        if (ls != null) ls.remove(l);
        try {
            l.sink().close();
        } catch (RuntimeException ignored) {
            // already gone
        }
    }

    private String text(Counts counts) {
        try {
            return json.writeValueAsString(counts);
        } catch (JsonProcessingException x) {
            throw new IllegalStateException(x);
        }
    }
}
