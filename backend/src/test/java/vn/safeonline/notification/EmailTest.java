package vn.safeonline.notification;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.safeonline.support.Api.as;
import static vn.safeonline.support.Api.unique;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.common.ScheduledRuns;
import vn.safeonline.email.EmailOutbox;
import vn.safeonline.email.EmailSender;
import vn.safeonline.email.EmailTemplates;

/**
 * Email and scheduled work (issue 13, parts 3 and 4) against a real SMTP server (GreenMail, started here on
 * quarkus.mailer.port): the jobs queue Vietnamese messages in the outbox, the sender delivers them, nothing is sent twice,
 * a failing SMTP server leaves the row to be retried, and a user who opted out gets nothing.
 */
@QuarkusTest
class EmailTest {
    static GreenMail smtp;

    @Inject
    BusinessClock clock;
    @Inject
    NotificationJobs jobs;
    @Inject
    EmailSender sender;
    @Inject
    EmailOutbox outbox;
    @Inject
    EntityManager em;

    @BeforeEach
    void smtpServer() {
        if (smtp == null) startSmtp();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) smtp.stop();
        smtp = null;
    }

    static void startSmtp() {
        int port = ConfigProvider.getConfig().getValue("quarkus.mailer.port", Integer.class);
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    record OpenQuota(long id, OffsetDateTime deadline, String eventTitle, long ownerId, String ownerCode) {
    }

    /** A numbered quota of an issued plan, not filled, whose owner has officers or coordinators with an address. */
    private OpenQuota openQuota() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Tuple t = (Tuple) em.createNativeQuery("""
                    select q.id, greatest(q.deadline, coalesce(q.extended_until, q.deadline)) as dl, e.title, o.id as owner, o.code
                    from quota q join event e on e.id = q.event_id join plan p on p.id = e.plan_id join organization o on o.id = q.owner_org_id
                    where p.status = 'ISSUED' and q.quota_count is not null
                      and greatest(q.deadline, coalesce(q.extended_until, q.deadline)) > now() + interval '4 days'
                      and (select count(*) from attendee a where a.quota_id = q.id and a.status in ('SUBMITTED', 'CONFIRMED')) < q.quota_count
                      and exists (select 1 from app_user u where u.organization_id = o.id and u.email is not null and u.active
                                  and u.email_notifications and u.roles && array['OFFICER','COORDINATOR']::varchar(16)[])
                    order by 2, 1 limit 1""", Tuple.class).getSingleResult();
            return new OpenQuota(((Number) t.get(0)).longValue(), instant(t.get(1)).atOffset(java.time.ZoneOffset.ofHours(7)), t.get(2, String.class),
                    ((Number) t.get(3)).longValue(), t.get(4, String.class));
        });
    }

    private List<String> emailsOf(long orgId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select email from app_user where organization_id = ?1"
                        + " and active and email is not null and email_notifications and roles && array['OFFICER','COORDINATOR']::varchar(16)[]", String.class)
                .setParameter(1, orgId).getResultList());
    }

    private long outboxCount(String dedupePrefix) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from email_outbox where dedupe_key like ?1")
                .setParameter(1, dedupePrefix + "%").getSingleResult()).longValue());
    }

    /** How many distinct messages the outbox holds for this address with this subject. */
    private long queued(String address, String subject) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from email_outbox where to_address = ?1 and subject = ?2")
                .setParameter(1, address).setParameter(2, subject).getSingleResult()).longValue());
    }

    /** The messages GreenMail received for this address whose subject starts so. */
    private static List<MimeMessage> received(String address, String subjectStart) throws Exception {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            boolean to = false;
            for (Address a : m.getAllRecipients()) to |= a.toString().equalsIgnoreCase(address);
            if (to && m.getSubject().startsWith(subjectStart)) out.add(m);
        }
        return out;
    }

    private void at(Instant t) {
        clock.set(t);
    }

    /** An account in the organisation with an address and the preference, made through the user API. */
    private String user(long orgId, boolean emailNotifications) {
        String name = "mail" + unique();
        String email = name + "@example.vn";
        as("admin").body(Map.of("username", name, "fullName", "Người nhận " + name, "organizationId", orgId, "roles", List.of("OFFICER"),
                        "password", "matkhau123", "email", email, "emailNotifications", emailNotifications))
                .post("/api/users").then().statusCode(201)
                .body("email", equalTo(email)).body("emailNotifications", equalTo(emailNotifications));
        return email;
    }

    @Test
    void aQuotaDeadlineThreeDaysAheadProducesTheEmailsInTheSmtpServerOfTheTest() throws Exception {
        OpenQuota q = openQuota();
        String optedIn = user(q.ownerId(), true);
        String optedOut = user(q.ownerId(), false);
        // three days before the deadline's day, 08:00 in Vietnam
        at(q.deadline().atZoneSameInstant(BusinessClock.ZONE).toLocalDate().minusDays(3).atTime(LocalTime.of(8, 0))
                .atZone(BusinessClock.ZONE).toInstant());
        ScheduledRuns.Run run = jobs.quotaDeadlines();
        assertFalse(run.skipped());
        assertTrue(run.count("emails") > 0, run.toString());
        List<String> recipients = emailsOf(q.ownerId());
        assertTrue(recipients.contains(optedIn) && !recipients.contains(optedOut));
        assertEquals(recipients.size(), outboxCount("quota-deadline:" + q.id() + ":3:"));

        EmailSender.Outcome sent = sender.sendDue();
        assertTrue(sent.sent() >= recipients.size(), sent.toString());
        String subject = "Còn 3 ngày đến hạn gửi danh sách đại biểu — " + q.eventTitle();
        for (String address : recipients) {
            // one message per unfilled quota of the owner in this event (one per category), each once
            long queuedFor = queued(address, subject);
            assertTrue(queuedFor >= 1, address);
            assertEquals(queuedFor, received(address, subject).size(), address);
        }
        assertTrue(received(optedIn, subject).size() >= 1);
        assertEquals(0, received(optedOut, subject).size(), "a user who opted out gets none");
        assertTrue(smtp.getReceivedMessages().length > 0);

        // the job runs again (or on the other replica): nothing is queued twice, nothing more is sent
        int before = smtp.getReceivedMessages().length;
        assertEquals(0, jobs.quotaDeadlines().count("emails"));
        sender.sendDue();
        for (String address : recipients) assertEquals(queued(address, subject), received(address, subject).size());
        assertEquals(0, received(optedOut, subject).size());
        assertTrue(smtp.getReceivedMessages().length >= before);

        // one day before: the second reminder
        at(q.deadline().minusHours(20).toInstant());
        assertTrue(jobs.quotaDeadlines().count("emails") >= recipients.size());
        sender.sendDue();
        String oneDay = "Còn 1 ngày đến hạn gửi danh sách đại biểu — " + q.eventTitle();
        assertTrue(queued(optedIn, oneDay) >= 1);
        assertEquals(queued(optedIn, oneDay), received(optedIn, oneDay).size());

        // each run is recorded
        long runs = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from scheduled_run where job = 'quota-deadlines' and finished_at is not null and outcome -> 'emails' is not null")
                .getSingleResult()).longValue());
        assertTrue(runs >= 3);
    }

    @Test
    void aTaskTurningOverdueIsEmailedOnceToItsLeadOrganisation() throws Exception {
        at(Instant.now().plus(400, ChronoUnit.DAYS));
        List<Long> overdue = jobs.overdueTaskIds();
        assertFalse(overdue.isEmpty());
        long taskId = overdue.get(0);
        Tuple t = QuarkusTransaction.requiringNew().call(() -> (Tuple) em.createNativeQuery(
                "select t.lead_org_id, t.label, p.doc_number || '/' || p.symbol from task t join plan p on p.id = t.plan_id where t.id = ?1", Tuple.class)
                .setParameter(1, taskId).getSingleResult());
        long lead = ((Number) t.get(0)).longValue();
        String optedIn = user(lead, true);
        String optedOut = user(lead, false);

        ScheduledRuns.Run first = jobs.overdueTasks();
        assertTrue(first.count("overdue") >= 1);
        long queued = outboxCount("task-overdue:" + taskId + ":");
        assertTrue(queued >= 1);
        ScheduledRuns.Run second = jobs.overdueTasks();
        assertEquals(0, second.count("newlyOverdue"), "detected once");
        assertEquals(queued, outboxCount("task-overdue:" + taskId + ":"));

        sender.sendDue();
        String subject = "Nhiệm vụ quá hạn: " + t.get(1, String.class) + " — Kế hoạch " + t.get(2, String.class);
        assertEquals(1, received(optedIn, subject).size());
        assertEquals(0, received(optedOut, subject).size());
    }

    @Test
    void aFailingSmtpServerLeavesTheMessageToBeRetriedLater() throws Exception {
        Instant t0 = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        at(t0);
        String key = "test:" + unique();
        long adminId = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select id from app_user where username = 'admin'")
                .getSingleResult()).longValue());
        QuarkusTransaction.requiringNew().run(() -> assertTrue(outbox.queue(new EmailOutbox.Recipient(adminId, "admin@example.vn", "Quản trị"),
                "TEST", key, EmailTemplates.notification("Quản trị", "Thư thử nghiệm " + key, "Nội dung có dấu: Đôn đốc"))));
        QuarkusTransaction.requiringNew().run(() -> assertFalse(outbox.queue(new EmailOutbox.Recipient(adminId, "admin@example.vn", "Quản trị"),
                "TEST", key, EmailTemplates.notification("Quản trị", "again", "again"))));

        smtp.stop();
        smtp = null;
        try {
            EmailSender.Outcome failed = sender.sendDue();
            assertTrue(failed.failed() >= 1, failed.toString());
        } finally {
            startSmtp();
        }
        Tuple row = row(key);
        assertNull(row.get("sent_at"));
        assertEquals(1, ((Number) row.get("attempts")).intValue());
        assertNotNull(row.get("last_error"));
        assertEquals(t0.plus(1, ChronoUnit.MINUTES), instant(row.get("next_attempt_at")));

        // not due yet: not tried again
        sender.sendDue();
        assertEquals(1, ((Number) row(key).get("attempts")).intValue());
        assertEquals(0, received("admin@example.vn", "Thư thử nghiệm " + key).size());

        // after the backoff: sent. GreenMail may stall the mailer's first fresh connection to a restarted server (a 421 after its
        // 30-s socket timeout), which is one more failed attempt: the next backoff then sends it, once.
        Instant now = t0.plus(2, ChronoUnit.MINUTES);
        for (int tries = 0; tries < 3 && row(key).get("sent_at") == null; tries++) {
            at(now);
            sender.sendDue();
            Object next = row(key).get("next_attempt_at");
            if (next != null) now = instant(next).plus(1, ChronoUnit.SECONDS);
        }
        row = row(key);
        assertNotNull(row.get("sent_at"), "sent after the backoff");
        assertTrue(((Number) row.get("attempts")).intValue() <= 4, "attempts: " + row.get("attempts"));
        List<MimeMessage> got = received("admin@example.vn", "Thư thử nghiệm " + key);
        assertEquals(1, got.size(), "sent once");
    }

    private static Instant instant(Object timestamptz) {
        return timestamptz instanceof OffsetDateTime o ? o.toInstant() : (Instant) timestamptz;
    }

    private Tuple row(String key) {
        return QuarkusTransaction.requiringNew().call(() -> (Tuple) em.createNativeQuery(
                "select sent_at, attempts, last_error, next_attempt_at from email_outbox where dedupe_key = ?1", Tuple.class)
                .setParameter(1, key).getSingleResult());
    }

    @Test
    void aTaskStillOverdueDaysAfterUrgingIsRaisedToTheIssuersCoordinators() throws Exception {
        Instant t0 = Instant.now().plus(500, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        at(t0);
        List<Long> overdue = jobs.overdueTaskIds();
        assertFalse(overdue.isEmpty());
        long taskId = overdue.get(overdue.size() - 1);
        Tuple t = QuarkusTransaction.requiringNew().call(() -> (Tuple) em.createNativeQuery("""
                select p.id as plan, t.lead_org_id as lead, t.label, p.doc_number || '/' || p.symbol as ref,
                       (select u.username from app_user u where u.organization_id = p.issuing_org_id and u.active and u.email is not null
                          and 'COORDINATOR' = any(u.roles) order by u.id limit 1) as coordinator,
                       (select u.email from app_user u where u.organization_id = p.issuing_org_id and u.active and u.email is not null
                          and 'COORDINATOR' = any(u.roles) order by u.id limit 1) as coordinator_email
                from task t join plan p on p.id = t.plan_id where t.id = ?1""", Tuple.class).setParameter(1, taskId).getSingleResult());
        long planId = ((Number) t.get("plan")).longValue();
        long lead = ((Number) t.get("lead")).longValue();
        String coordinator = t.get("coordinator", String.class);
        String coordinatorEmail = t.get("coordinator_email", String.class);
        assertNotNull(coordinator, "the demo issuer has a coordinator with an address");
        String leadOfficer = user(lead, true);

        // the issuer urges (đôn đốc) the lead organisation: in-app and by email
        as(coordinator).body(Map.of("organizationIds", List.of(lead))).post("/api/plans/" + planId + "/reminders").then().statusCode(200);
        sender.sendDue();
        assertEquals(1, received(leadOfficer, "Đôn đốc thực hiện Kế hoạch " + t.get("ref", String.class)).size());

        String escalationKey = "task:" + taskId + ":" + t0.getEpochSecond();
        // three days later: not yet
        at(t0.plus(3, ChronoUnit.DAYS));
        jobs.escalations();
        assertFalse(noticed(escalationKey));

        // eight days later (N = 7): raised to the issuer's coordinators, once
        at(t0.plus(8, ChronoUnit.DAYS));
        assertTrue(jobs.escalations().count("escalated") >= 1);
        assertTrue(noticed(escalationKey));
        jobs.escalations();
        List<Integer> escalations = as(coordinator).queryParam("size", 100).get("/api/notifications").then().statusCode(200)
                .extract().path("items.findAll { it.kind == 'ESCALATION' && it.taskId == " + taskId + " }.id");
        assertEquals(1, escalations.size());
        sender.sendDue();
        assertEquals(1, received(coordinatorEmail, "Nhiệm vụ vẫn quá hạn sau đôn đốc: " + t.get("label", String.class)
                + " — Kế hoạch " + t.get("ref", String.class)).size());
    }

    @Test
    void theStandingAgencyGetsADailyDigestOnce() throws Exception {
        at(Instant.now().plus(450, ChronoUnit.DAYS));
        ScheduledRuns.Run first = jobs.dailyDigest();
        assertTrue(first.count("agencies") >= 1, first.toString());
        assertEquals(0, jobs.dailyDigest().count("emails"));
        sender.sendDue();
        assertTrue(Arrays.stream(smtp.getReceivedMessages()).anyMatch(m -> {
            try {
                return m.getSubject().startsWith("Tổng hợp ngày");
            } catch (Exception e) {
                return false;
            }
        }) || first.count("emails") == 0);
    }

    @Test
    void usersHaveAnAddressAndAPreferenceShownInMe() {
        long so = vn.safeonline.support.Api.orgId("SO-GDDT");
        String name = "addr" + unique();
        io.restassured.response.Response created = as("admin").body(Map.of("username", name, "fullName", "Người thử", "organizationId", so,
                        "roles", List.of("OFFICER"), "password", "matkhau123", "email", "Thu.Tran@Example.VN"))
                .post("/api/users");
        created.then().statusCode(201).body("email", equalTo("thu.tran@example.vn")).body("emailNotifications", equalTo(true));
        int id = created.path("id");
        as(name).get("/api/me").then().statusCode(200).body("email", equalTo("thu.tran@example.vn")).body("emailNotifications", equalTo(true));
        // opting out keeps If-Match: a stale version is refused
        Map<String, Object> update = Map.of("username", name, "fullName", "Người thử", "organizationId", so, "roles", List.of("OFFICER"),
                "email", "thu.tran@example.vn", "emailNotifications", false);
        as("admin").header("If-Match", "\"" + 99 + "\"").body(update).put("/api/users/" + id).then().statusCode(412);
        as("admin").header("If-Match", created.header("ETag")).body(update).put("/api/users/" + id).then().statusCode(200)
                .body("emailNotifications", equalTo(false));
        as(name).get("/api/me").then().statusCode(200).body("emailNotifications", equalTo(false));
        // an address that is not one
        vn.safeonline.support.Api.raw("admin").body(Map.of("username", "bad" + unique(), "fullName", "Người thử", "organizationId", so,
                        "roles", List.of("OFFICER"), "password", "matkhau123", "email", "không-phải-email"))
                .post("/api/users").then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("email"));
    }

    private boolean noticed(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from scheduled_notice where kind = 'ESCALATION' and subject_key = ?1").setParameter(1, key)
                .getSingleResult()).longValue() == 1);
    }
}
