package org.councilcommons.search;

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
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.councilcommons.casestudy.CaseStudy;
import org.councilcommons.casestudy.CaseStudyRepository;
import org.councilcommons.identity.Caller;
import org.councilcommons.identity.Member;
import org.councilcommons.identity.MemberRepository;
import org.councilcommons.identity.Role;
import org.councilcommons.platform.Repeating;
import org.councilcommons.platform.errors.AccessDenied;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.platform.errors.NotFound;
import org.councilcommons.platform.errors.NotSignedIn;
import org.councilcommons.platform.mail.Mail;
import org.councilcommons.platform.persistence.SchemaReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Followed searches and their e-mail digests: every quarter of an hour the due ones are run (newest first) and
 * a member hears about case studies published since their last digest. No news sends no e-mail.
 */
@ApplicationScoped
public class SavedSearchService {

    static final int MAX_PER_MEMBER = 20;
    static final List<String> KEYS = List.of("q", "barrier", "theme", "councilType", "region", "status");

    @PersistenceContext(unitName = "commons")
    EntityManager em;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Caller caller;

    @Inject
    SearchService search;

    @Inject
    CaseStudyRepository caseStudies;

    @Inject
    MemberRepository members;

    @Inject
    Event<Mail> mail;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "commons.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "commons.digest.interval", defaultValue = "PT15M")
    String interval;

    void onStart(@Observes @Priority(400) SchemaReady ready) {
        Repeating.every(scheduler, interval, 10, "Sending search digests", () -> sendDue(false));
    }

    /** Follows the search described by these parameters (the search page's own). */
    @Transactional
    public SavedSearch follow(Map<String, String> parameters, SavedSearch.Frequency frequency) {
        Long me = caller.memberId().orElseThrow(NotSignedIn::new);
        Map<String, String> kept = new LinkedHashMap<>();
        KEYS.forEach(k -> Optional.ofNullable(parameters.get(k)).filter(v -> !v.isBlank()).ifPresent(v -> kept.put(k, v.strip())));
        if (kept.isEmpty()) {
            throw InvalidInput.of("q", "Search for something first, then follow the search");
        }
        if (frequency == null) {
            throw InvalidInput.of("frequency", "Choose how often to get e-mails");
        }
        long count = em.createQuery("select count(s) from SavedSearch s where s.memberId = :m", Long.class)
                .setParameter("m", me).getSingleResult();
        if (count >= MAX_PER_MEMBER) {
            throw InvalidInput.of("frequency", "You follow " + MAX_PER_MEMBER + " searches: stop following one first");
        }
        String query = kept.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        if (query.length() > 600) {
            throw InvalidInput.of("q", "This search is too long to follow");
        }
        String label = kept.entrySet().stream().map(e -> e.getKey().equals("q") ? "“" + e.getValue() + "”" : e.getValue())
                .collect(Collectors.joining(", "));
        SavedSearch saved = new SavedSearch(me, query, label.length() > 200 ? label.substring(0, 200) : label, frequency,
                Instant.now(clock));
        em.persist(saved);
        return saved;
    }

    @Transactional
    public List<SavedSearch> mine() {
        Long me = caller.memberId().orElseThrow(NotSignedIn::new);
        return em.createQuery("select s from SavedSearch s where s.memberId = :m order by s.createdAt desc", SavedSearch.class)
                .setParameter("m", me).getResultList();
    }

    @Transactional
    public void unfollow(long id) {
        Long me = caller.memberId().orElseThrow(NotSignedIn::new);
        SavedSearch s = Optional.ofNullable(em.find(SavedSearch.class, id)).filter(x -> x.memberId().equals(me))
                .orElseThrow(() -> new NotFound("You follow no search with the id " + id));
        em.remove(s);
    }

    /** Administrators (and the schedule) send the digests that are due; {@code all} sends every one now. */
    @Transactional
    public int sendNow() {
        if (!caller.has(Role.ADMINISTRATOR)) {
            throw caller.isSignedIn() ? new AccessDenied("Only administrators can send digests") : new NotSignedIn();
        }
        return sendDue(true);
    }

    @Transactional
    int sendDue(boolean all) {
        Instant now = Instant.now(clock);
        int sent = 0;
        for (SavedSearch s : em.createQuery("select s from SavedSearch s", SavedSearch.class).getResultList()) {
            if (!all && !s.isDue(now)) {
                continue;
            }
            List<CaseStudy> fresh = newMatches(s);
            Optional<Member> member = members.byId(s.memberId()).filter(Member::isActive);
            if (!fresh.isEmpty() && member.isPresent()) {
                mail.fire(digest(member.get(), s, fresh));
                sent++;
            }
            s.digested(now);
        }
        return sent;
    }

    private List<CaseStudy> newMatches(SavedSearch s) {
        Map<String, String> p = parse(s.query());
        SearchResults results;
        try {
            results = search.search(new SearchRequest(p.get("q"), CaseStudyDocuments.TYPE, p.get("barrier"), p.get("theme"),
                    p.get("councilType"), p.get("region"), p.get("status"), "date", 1, 20));
        } catch (SearchUnavailable | InvalidInput e) {
            return List.of();
        }
        return results.results().stream().map(h -> caseStudies.byId(h.id()).orElse(null))
                .filter(c -> c != null && c.isPublished() && c.publishedAt() != null && c.publishedAt().isAfter(s.checkedUpTo()))
                .toList();
    }

    private Mail digest(Member member, SavedSearch s, List<CaseStudy> fresh) {
        String base = publicUrl.replaceAll("/+$", "");
        StringBuilder body = new StringBuilder("Hello " + member.name() + ",\n\nNew case studies match your search "
                + s.label() + ":\n\n");
        for (CaseStudy c : fresh) {
            body.append("- ").append(c.title()).append("\n  ").append(base).append("/case-studies/").append(c.id()).append("\n");
        }
        body.append("\nSee the search: ").append(base).append("/search?").append(s.query())
                .append("\nStop these e-mails: ").append(base).append("/account\n");
        return new Mail(member.email(), "New case studies for your search " + s.label(), body.toString());
    }

    static Map<String, String> parse(String query) {
        Map<String, String> p = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                p.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return p;
    }
}
