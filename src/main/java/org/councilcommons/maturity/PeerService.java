package org.councilcommons.maturity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.councilcommons.casestudy.CaseStudyService;
import org.councilcommons.council.Council;
import org.councilcommons.council.CouncilService;
import org.councilcommons.identity.Actor;
import org.councilcommons.identity.Caller;
import org.councilcommons.identity.ProfileService;
import org.councilcommons.platform.errors.AccessDenied;
import org.councilcommons.platform.errors.NotSignedIn;
import org.councilcommons.platform.errors.StateConflict;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Peer suggestions for a council, from every council's latest levels, case studies and offers of help. */
@ApplicationScoped
public class PeerService {

    @Inject
    MaturityRepository repository;

    @Inject
    MaturityService maturity;

    @Inject
    CouncilService councils;

    @Inject
    CaseStudyService caseStudies;

    @Inject
    ProfileService profiles;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** How long a node reuses every council's profiles before reading them again (changes on this node clear it). */
    @ConfigProperty(name = "commons.maturity.peer-snapshot-seconds", defaultValue = "30")
    int snapshotSeconds;

    /** Every council's latest profile and offers, as read at one moment: what each peer request matches on. */
    record Snapshot(List<Profile> profiles, PeerMatcher.Offers offers, Instant takenAt) {}

    private volatile Snapshot snapshot;

    /** What a council's members see: similar councils, councils ahead on its weak dimensions, its cohort. */
    public record PeerReport(Profile council, List<PeerMatcher.Similar> similar,
            Map<String, List<PeerMatcher.Ahead>> aheadOn, List<Profile> cohort, Optional<PeerMatcher.Median> median,
            List<Dimension> weakest, List<Dimension> strongest) {}

    @Transactional
    public PeerReport peers(String councilCode) {
        Council council = councils.get(councilCode);
        Actor actor = caller.actor();
        if (!actor.isSignedIn()) {
            throw new NotSignedIn();
        }
        if (!MaturityPolicy.canSeePeers(actor, council.id())) {
            throw new AccessDenied("Peer suggestions are for members of " + council.name());
        }
        Snapshot now = snapshot();
        List<Profile> all = now.profiles();
        Profile me = all.stream().filter(p -> p.councilId().equals(council.id())).findFirst()
                .orElseThrow(() -> new StateConflict(council.name() + " has not submitted a self-assessment yet:"
                        + " peers are matched on it"));
        PeerMatcher matcher = new PeerMatcher(maturity.model());
        return new PeerReport(me, matcher.similar(me, all), matcher.aheadOn(me, all, now.offers()), matcher.cohort(me, all),
                matcher.peerMedian(me, all), matcher.weakest(me), matcher.strongest(me));
    }

    /** The median of the council's comparison group, for its results page (aggregate of at least five). */
    @Transactional
    public Optional<PeerMatcher.Median> medianFor(Long councilId) {
        List<Profile> all = snapshot().profiles();
        return all.stream().filter(p -> p.councilId().equals(councilId)).findFirst()
                .flatMap(me -> new PeerMatcher(maturity.model()).peerMedian(me, all));
    }

    /**
     * The profiles to match on: read again when older than {@code commons.maturity.peer-snapshot-seconds}, or after
     * a submission, sharing choice or link answer on this node. Another node's change shows here within that time.
     */
    Snapshot snapshot() {
        Snapshot s = snapshot;
        Instant now = Instant.now(clock);
        if (s == null || s.takenAt().plusSeconds(snapshotSeconds).isBefore(now)) {
            s = new Snapshot(readProfiles(), offers(), now);
            snapshot = s;
        }
        return s;
    }

    /** Runs after the changing transaction committed, so the next request reads the new state. */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) MaturityChanged changed) {
        snapshot = null;
    }

    /** A council's overall stage from the current snapshot (no database read on a search's path). */
    public Optional<Integer> stageOf(Long councilId) {
        return snapshot().profiles().stream().filter(p -> p.councilId().equals(councilId)).findFirst().map(Profile::stage);
    }

    /** Every assessed council's latest profile, from the current snapshot. */
    public List<Profile> profiles() {
        return snapshot().profiles();
    }

    @Transactional
    List<Profile> readProfiles() {
        Map<Long, Map<String, Integer>> levels = repository.latestLevels();
        Map<Long, Sharing> sharing = repository.sharingOfAll();
        Map<Long, Council> byId = councils.byIds(levels.keySet());
        List<Profile> all = new ArrayList<>();
        levels.forEach((id, l) -> {
            Council c = byId.get(id);
            all.add(new Profile(id, c.code(), c.name(), c.type().label(), c.population(), l,
                    sharing.getOrDefault(id, Sharing.PRIVATE)));
        });
        return all;
    }

    /**
     * Per council and dimension: the published case studies on it (the largest count over the dimension's barriers
     * and keyword-matching themes, so a case study is never counted twice) and the members offering help with it.
     */
    PeerMatcher.Offers offers() {
        MaturityModel model = maturity.model();
        Map<Long, Map<String, Integer>> cases = new HashMap<>();
        caseStudies.publishedTopicsByCouncil().forEach((council, topics) -> topics.forEach((topic, count) -> {
            for (Dimension d : model.dimensions()) {
                if (d.barriers().contains(topic) || d.mentionedIn(topic)) {
                    cases.computeIfAbsent(council, k -> new HashMap<>()).merge(d.key(), count.intValue(), Math::max);
                }
            }
        }));
        Map<Long, Map<String, Integer>> helpers = new HashMap<>();
        for (ProfileService.Contact c : profiles.offersOfHelp()) {
            String text = c.helpsWith().toLowerCase(Locale.ROOT);
            for (Dimension d : model.dimensions()) {
                if (d.mentionedIn(text)) {
                    helpers.computeIfAbsent(c.councilId(), k -> new HashMap<>()).merge(d.key(), 1, Integer::sum);
                }
            }
        }
        return new PeerMatcher.Offers(cases, helpers);
    }
}
