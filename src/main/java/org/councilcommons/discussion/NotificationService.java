package org.councilcommons.discussion;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.councilcommons.casestudy.CaseStudyService;
import org.councilcommons.identity.Caller;
import org.councilcommons.identity.Member;
import org.councilcommons.identity.MemberRepository;
import org.councilcommons.identity.ProfileService;
import org.councilcommons.platform.Repeating;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.platform.errors.NotSignedIn;
import org.councilcommons.platform.mail.Mail;
import org.councilcommons.platform.persistence.SchemaReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Watching and notifications. A member watches threads (their own and those they reply to, automatically),
 * categories, and is told in the site and by e-mail: at once, in a daily digest, or not by e-mail, as they choose.
 * A new thread about a case study also tells the publishing council's editors. Also how far each member has read.
 */
@ApplicationScoped
public class NotificationService {

    private static final Logger LOG = Logger.getLogger(NotificationService.class.getName());

    /** How a member wants e-mail about notifications. */
    public enum EmailMode { IMMEDIATE, DAILY, NEVER }

    @PersistenceContext(unitName = "commons")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    MemberRepository members;

    @Inject
    ProfileService profiles;

    @Inject
    CaseStudyService caseStudies;

    @Inject
    Event<Mail> mail;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "commons.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "commons.digest.interval", defaultValue = "PT15M")
    String interval;

    void onStart(@Observes @Priority(410) SchemaReady ready) {
        Repeating.every(scheduler, interval, 10, "Sending discussion digests",
                () -> sendDailyDigests(false));
    }

    // ---- watching

    @Transactional
    public void watch(String type, String key, boolean on) {
        Long me = caller.memberId().orElseThrow(NotSignedIn::new);
        if (!List.of("thread", "category").contains(type)) {
            throw InvalidInput.of("type", "Watch a thread or a category");
        }
        setWatch(me, type, key, on);
    }

    void setWatch(Long member, String type, String key, boolean on) {
        em.createNativeQuery("delete from watch where member_id = ?1 and target_type = ?2 and target_key = ?3")
                .setParameter(1, member).setParameter(2, type).setParameter(3, key).executeUpdate();
        if (on) {
            em.createNativeQuery("insert into watch (member_id, target_type, target_key, created_at) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, member).setParameter(2, type).setParameter(3, key)
                    .setParameter(4, Timestamp.from(Instant.now(clock))).executeUpdate();
        }
    }

    @Transactional
    public boolean watching(String type, String key) {
        Optional<Long> me = caller.memberId();
        return me.isPresent() && ((Number) em.createNativeQuery("select count(*) from watch where member_id = ?1"
                + " and target_type = ?2 and target_key = ?3").setParameter(1, me.get()).setParameter(2, type)
                .setParameter(3, key).getSingleResult()).intValue() > 0;
    }

    /** The ids of the threads a member watches. */
    @SuppressWarnings("unchecked")
    Set<Long> watchedThreads(Long member) {
        Set<Long> ids = new LinkedHashSet<>();
        ((List<Object>) em.createNativeQuery("select target_key from watch where member_id = ?1 and target_type = 'thread'")
                .setParameter(1, member).getResultList()).forEach(o -> ids.add(Long.parseLong(o.toString())));
        return ids;
    }

    @SuppressWarnings("unchecked")
    private Set<Long> watchers(String type, String key) {
        Set<Long> ids = new LinkedHashSet<>();
        ((List<Object>) em.createNativeQuery("select member_id from watch where target_type = ?1 and target_key = ?2")
                .setParameter(1, type).setParameter(2, key).getResultList()).forEach(o -> ids.add(((Number) o).longValue()));
        return ids;
    }

    /** Called in the posting transaction: the author watches the thread; watchers are told. */
    void posted(DiscussionThread thread, Post post, Member author) {
        Instant now = Instant.now(clock);
        setWatch(author.id(), "thread", thread.id().toString(), true);
        Map<Long, Notification.Kind> recipients = new HashMap<>();
        watchers("category", thread.categoryKey()).forEach(m -> recipients.put(m, post.number() == 1 ? Notification.Kind.NEW_THREAD : Notification.Kind.REPLY));
        watchers("thread", thread.id().toString()).forEach(m -> recipients.put(m, Notification.Kind.REPLY));
        if (post.number() == 1 && thread.caseStudyId() != null) {
            try {
                Long council = caseStudies.get(thread.caseStudyId()).councilId();
                profiles.contactsOf(council).stream().filter(ProfileService.Contact::editor)
                        .forEach(c -> recipients.put(c.memberId(), Notification.Kind.CASE_STUDY));
            } catch (RuntimeException gone) {
                LOG.fine("No council to tell about thread " + thread.id());
            }
        }
        mentioned(post.raw()).forEach(m -> recipients.put(m, Notification.Kind.MENTION));
        recipients.remove(author.id());
        for (var r : recipients.entrySet()) {
            String summary = switch (r.getValue()) {
                case NEW_THREAD -> author.name() + " started “" + thread.title() + "”";
                case CASE_STUDY -> author.name() + " asks about your council's case study: “" + thread.title() + "”";
                case REPLY -> author.name() + " replied in “" + thread.title() + "”";
                case MENTION -> author.name() + " mentioned you in “" + thread.title() + "”";
            };
            Notification n = new Notification(r.getKey(), r.getValue(), thread.id(), post.number(), author.id(), summary, now);
            em.persist(n);
            if (emailMode(r.getKey()) == EmailMode.IMMEDIATE) {
                members.byId(r.getKey()).filter(Member::isActive).ifPresent(m -> {
                    mail.fire(new Mail(m.email(), summary, "Hello " + m.name() + ",\n\n" + summary + ":\n\n"
                            + excerpt(post) + "\n\nRead and reply: " + publicUrl + n.url()
                            + "\n\nChoose how you hear about discussions at " + publicUrl + "/manage/notifications"));
                    n.emailed(now);
                });
            }
        }
    }

    /** A timestamp column read by a native query: drivers hand back Timestamp or OffsetDateTime. */
    private static Instant instantOf(Object value) {
        return switch (value) {
            case null -> Instant.EPOCH;
            case Timestamp t -> t.toInstant();
            case java.time.OffsetDateTime o -> o.toInstant();
            case Instant i -> i;
            default -> Instant.parse(value.toString());
        };
    }

    private static final java.util.regex.Pattern MENTION = java.util.regex.Pattern.compile("(?<![A-Za-z0-9_@/])@([a-z0-9][a-z0-9-]{1,39})");

    /** Members mentioned as {@code @jane-smith} (at most ten a post; unknown or shared handles mention nobody). */
    private Set<Long> mentioned(String raw) {
        Set<String> handles = new LinkedHashSet<>();
        java.util.regex.Matcher m = MENTION.matcher(raw.toLowerCase(Locale.ROOT));
        while (m.find() && handles.size() < 10) {
            handles.add(m.group(1).replaceAll("-+$", ""));
        }
        Set<Long> ids = new LinkedHashSet<>();
        handles.forEach(h -> profiles.byHandle(h).ifPresent(c -> ids.add(c.memberId())));
        return ids;
    }

    private static String excerpt(Post post) {
        String text = post.raw().strip();
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }

    // ---- a member's notifications and settings

    @Transactional
    public List<Notification> mine(int max) {
        Long me = caller.memberId().orElseThrow(NotSignedIn::new);
        return em.createQuery("select n from Notification n where n.memberId = :m order by n.createdAt desc, n.id desc",
                Notification.class).setParameter("m", me).setMaxResults(max).getResultList();
    }

    @Transactional
    public long unread() {
        Optional<Long> me = caller.memberId();
        return me.isEmpty() ? 0 : em.createQuery("select count(n) from Notification n where n.memberId = :m and n.readAt is null",
                Long.class).setParameter("m", me.get()).getSingleResult();
    }

    @Transactional
    public void markAllRead() {
        Long me = caller.memberId().orElseThrow(NotSignedIn::new);
        em.createNativeQuery("update notification set read_at = ?1 where member_id = ?2 and read_at is null")
                .setParameter(1, Timestamp.from(Instant.now(clock))).setParameter(2, me).executeUpdate();
    }

    /** The member has seen a thread up to a post: its notifications are read, and its unread count resets. */
    @Transactional
    public void read(long threadId, int upTo) {
        Optional<Long> me = caller.memberId();
        if (me.isEmpty()) {
            return;
        }
        em.createNativeQuery("update notification set read_at = ?1 where member_id = ?2 and thread_id = ?3 and read_at is null")
                .setParameter(1, Timestamp.from(Instant.now(clock))).setParameter(2, me.get()).setParameter(3, threadId).executeUpdate();
        int updated = em.createNativeQuery("update thread_read set last_read = ?1 where member_id = ?2 and thread_id = ?3"
                + " and last_read < ?1").setParameter(1, upTo).setParameter(2, me.get()).setParameter(3, threadId).executeUpdate();
        if (updated == 0 && ((Number) em.createNativeQuery("select count(*) from thread_read where member_id = ?1 and thread_id = ?2")
                .setParameter(1, me.get()).setParameter(2, threadId).getSingleResult()).intValue() == 0) {
            em.createNativeQuery("insert into thread_read (member_id, thread_id, last_read) values (?1, ?2, ?3)")
                    .setParameter(1, me.get()).setParameter(2, threadId).setParameter(3, upTo).executeUpdate();
        }
    }

    /** How far the caller has read each of these threads (threads never opened are missing). */
    @Transactional
    @SuppressWarnings("unchecked")
    public Map<Long, Integer> readUpTo(List<Long> threadIds) {
        Optional<Long> me = caller.memberId();
        Map<Long, Integer> read = new HashMap<>();
        if (me.isEmpty() || threadIds.isEmpty()) {
            return read;
        }
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < threadIds.size(); i++) {
            in.append(i == 0 ? "" : ",").append(threadIds.get(i).longValue());
        }
        ((List<Object[]>) em.createNativeQuery("select thread_id, last_read from thread_read where member_id = ?1"
                + " and thread_id in (" + in + ")").setParameter(1, me.get()).getResultList())
                .forEach(r -> read.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        return read;
    }

    @Transactional
    public EmailMode emailMode() {
        return emailMode(caller.memberId().orElseThrow(NotSignedIn::new));
    }

    EmailMode emailMode(Long member) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select email from notification_setting where member_id = ?1")
                .setParameter(1, member).getResultList();
        return rows.isEmpty() ? EmailMode.IMMEDIATE : EmailMode.valueOf((String) rows.getFirst());
    }

    @Transactional
    public void chooseEmail(String mode) {
        Long me = caller.memberId().orElseThrow(NotSignedIn::new);
        EmailMode chosen;
        try {
            chosen = EmailMode.valueOf(String.valueOf(mode).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("email", "Choose immediate, daily or never");
        }
        em.createNativeQuery("delete from notification_setting where member_id = ?1").setParameter(1, me).executeUpdate();
        em.createNativeQuery("insert into notification_setting (member_id, email, last_digest_at) values (?1, ?2, ?3)")
                .setParameter(1, me).setParameter(2, chosen.name()).setParameter(3, Timestamp.from(Instant.now(clock))).executeUpdate();
    }

    /** One e-mail a day (or now, for an administrator's request) to each member who chose the digest and has notifications not yet e-mailed. */
    @Transactional
    @SuppressWarnings("unchecked")
    public int sendDailyDigests(boolean evenIfSentToday) {
        Instant now = Instant.now(clock);
        int sent = 0;
        List<Object[]> due = em.createNativeQuery("select member_id, last_digest_at from notification_setting where email = 'DAILY'")
                .getResultList();
        for (Object[] row : due) {
            long member = ((Number) row[0]).longValue();
            Instant last = instantOf(row[1]);
            if (!evenIfSentToday && last.plus(Duration.ofHours(24)).isAfter(now)) {
                continue;
            }
            List<Notification> pending = em.createQuery("select n from Notification n where n.memberId = :m and n.emailedAt is null"
                    + " and n.readAt is null order by n.createdAt", Notification.class).setParameter("m", member).getResultList();
            Optional<Member> m = members.byId(member).filter(Member::isActive);
            if (!pending.isEmpty() && m.isPresent()) {
                StringBuilder body = new StringBuilder("Hello " + m.get().name() + ",\n\nSince your last digest:\n\n");
                pending.forEach(n -> body.append("- ").append(n.summary()).append("\n  ").append(publicUrl).append(n.url()).append("\n"));
                body.append("\nChoose how you hear about discussions at ").append(publicUrl).append("/manage/notifications");
                mail.fire(new Mail(m.get().email(), "Council Commons: " + pending.size() + " new in discussions you follow", body.toString()));
                pending.forEach(n -> n.emailed(now));
                sent++;
            }
            em.createNativeQuery("update notification_setting set last_digest_at = ?1 where member_id = ?2")
                    .setParameter(1, Timestamp.from(now)).setParameter(2, member).executeUpdate();
        }
        return sent;
    }
}
