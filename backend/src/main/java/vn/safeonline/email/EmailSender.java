package vn.safeonline.email;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;
import org.jboss.logging.Logger;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.common.ScheduledRuns;

/**
 * Sends the outbox with the Quarkus mailer (the SMTP server of the environment). Every {@code app.email.send-every}
 * (off in tests, which call {@link #sendDue()}): due rows are claimed in a short transaction with
 * {@code FOR UPDATE SKIP LOCKED} (two replicas never take the same row) and leased ({@code next_attempt_at} moved on,
 * {@code attempts} counted), then sent outside any transaction. A failure keeps the row with its error, due again after a
 * backoff (1, 5, 15, 60 minutes, then every 4 hours); after {@code app.email.max-attempts} it is given up
 * ({@code failed_at}), never deleted.
 */
@ApplicationScoped
public class EmailSender {
    private static final Logger LOG = Logger.getLogger(EmailSender.class);
    private static final int[] BACKOFF_MINUTES = {1, 5, 15, 60, 240};

    @Inject
    Mailer mailer;
    @Inject
    EntityManager em;
    @Inject
    BusinessClock clock;
    @Inject
    ScheduledRuns runs;

    @ConfigProperty(name = "app.email.batch", defaultValue = "50")
    int batch;
    @ConfigProperty(name = "app.email.max-attempts", defaultValue = "10")
    int maxAttempts;
    @ConfigProperty(name = "app.email.lease-seconds", defaultValue = "300")
    int leaseSeconds;

    /** One sending: how many were sent, failed (to be retried) and given up. */
    public record Outcome(int sent, int failed, int gaveUp) {
    }

    private record Claimed(long id, String to, String subject, String text, String html, int attempts) {
    }

    @Scheduled(identity = "email-sender", every = "{app.email.send-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sendDue();
    }

    /** Sends what is due as of the business clock's now; records the run when there was anything to send. */
    public Outcome sendDue() {
        OffsetDateTime started = clock.now();
        int sent = 0;
        int failed = 0;
        int gaveUp = 0;
        for (int round = 0; round < 20; round++) {
            List<Claimed> claimed = QuarkusTransaction.requiringNew().call(this::claim);
            if (claimed.isEmpty()) break;
            for (Claimed c : claimed) {
                String error = send(c);
                if (error == null) {
                    QuarkusTransaction.requiringNew().run(() -> sent(c));
                    sent++;
                } else if (QuarkusTransaction.requiringNew().call(() -> failed(c, error))) {
                    gaveUp++;
                } else {
                    failed++;
                }
            }
        }
        Outcome outcome = new Outcome(sent, failed, gaveUp);
        if (sent + failed + gaveUp > 0) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("sent", sent);
            counts.put("failed", failed);
            counts.put("gaveUp", gaveUp);
            runs.record("email-sender", started, counts);
        }
        return outcome;
    }

    @SuppressWarnings("unchecked")
    private List<Claimed> claim() {
        OffsetDateTime now = clock.now();
        List<Tuple> rows = em.createNativeQuery("update email_outbox o set attempts = o.attempts + 1, next_attempt_at = ?2"
                        + " from (select id from email_outbox where sent_at is null and failed_at is null and next_attempt_at <= ?1"
                        + " order by next_attempt_at, id limit ?3 for update skip locked) due where o.id = due.id"
                        + " returning o.id, o.to_address, o.subject, o.body_text, o.body_html, o.attempts", Tuple.class)
                .setParameter(1, now).setParameter(2, now.plusSeconds(leaseSeconds)).setParameter(3, batch).getResultList();
        return rows.stream().map(r -> new Claimed(r.get(0, Number.class).longValue(), r.get(1, String.class), r.get(2, String.class),
                r.get(3, String.class), r.get(4, String.class), r.get(5, Number.class).intValue())).toList();
    }

    /** Null when sent, else the error. */
    private String send(Claimed c) {
        try {
            Mail mail = Mail.withText(c.to(), c.subject(), c.text());
            if (c.html() != null) mail.setHtml(c.html());
            mailer.send(mail);
            return null;
        } catch (RuntimeException e) {
            LOG.warnf("email %d to the SMTP server failed (attempt %d): %s", c.id(), c.attempts(), e.toString());
            String message = e.getCause() != null ? e.toString() + " / " + e.getCause() : e.toString();
            return message.length() > 1000 ? message.substring(0, 1000) : message;
        }
    }

    private void sent(Claimed c) {
        em.createNativeQuery("update email_outbox set sent_at = ?2, last_error = null where id = ?1")
                .setParameter(1, c.id()).setParameter(2, clock.now()).executeUpdate();
    }

    /** Records the failure; true when the row is given up. */
    private boolean failed(Claimed c, String error) {
        OffsetDateTime now = clock.now();
        boolean giveUp = c.attempts() >= maxAttempts;
        int minutes = BACKOFF_MINUTES[Math.min(c.attempts(), BACKOFF_MINUTES.length) - 1];
        em.createNativeQuery("update email_outbox set last_error = ?2, next_attempt_at = ?3, failed_at = ?4 where id = ?1")
                .setParameter(1, c.id()).setParameter(2, error).setParameter(3, now.plusMinutes(minutes))
                .setParameter(4, new TypedParameterValue<>(StandardBasicTypes.OFFSET_DATE_TIME, giveUp ? now : null)).executeUpdate();
        return giveUp;
    }
}
