package org.councilcommons.maturity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts councils in touch: those at a similar stage, and those a step ahead on a council's weak dimensions. Pure
 * arithmetic over profiles, unit-tested with hand-computed cases; the service decides who may see what.
 *
 * <p>Similarity is 0.9 × closeness of the maturity profiles (1 − the sum of level differences over the largest
 * possible sum) + 0.1 × context (half for the same council type, half for a population within a factor of two).
 * Only councils that share (not private) are ever suggested.
 */
public final class PeerMatcher {

    static final int SIMILAR = 5;
    static final int WEAK = 3;
    static final int AHEAD_PER_DIMENSION = 3;
    static final int COHORT = 20;
    /** Aggregates (the peers' median) are shown only over at least this many councils. */
    public static final int SMALLEST_GROUP = 5;

    private final MaturityModel model;

    public PeerMatcher(MaturityModel model) {
        this.model = model;
    }

    public record Similar(Profile council, double similarity, List<String> reasons) {}

    /** A council ahead on one dimension; {@code caseStudies} and {@code helpers} are what it offers on it. */
    public record Ahead(Profile council, int stepsAhead, int caseStudies, int helpers, List<String> reasons) {}

    /** What a council can offer others per dimension: published case studies and members who offer help. */
    public record Offers(Map<Long, Map<String, Integer>> caseStudies, Map<Long, Map<String, Integer>> helpers) {
        public static final Offers NONE = new Offers(Map.of(), Map.of());

        int caseStudies(Long council, String dimension) {
            return caseStudies.getOrDefault(council, Map.of()).getOrDefault(dimension, 0);
        }

        int helpers(Long council, String dimension) {
            return helpers.getOrDefault(council, Map.of()).getOrDefault(dimension, 0);
        }
    }

    /** The median of a comparison group on each dimension, and the group's description. */
    public record Median(Map<String, Integer> levels, String group, int size) {}

    public double similarity(Profile a, Profile b) {
        int dimensions = model.dimensions().size();
        int distance = 0;
        for (Dimension d : model.dimensions()) {
            distance += Math.abs(a.level(d.key()) - b.level(d.key()));
        }
        double closeness = 1.0 - (double) distance / (dimensions * (MaturityModel.HIGHEST - MaturityModel.LOWEST));
        double context = (sameType(a, b) ? 0.5 : 0) + (similarSize(a, b) ? 0.5 : 0);
        return Math.round((0.9 * closeness + 0.1 * context) * 100) / 100.0;
    }

    public List<Similar> similar(Profile target, List<Profile> others) {
        return others.stream().filter(o -> suggestable(target, o))
                .map(o -> new Similar(o, similarity(target, o), reasons(target, o)))
                .sorted(Comparator.comparingDouble(Similar::similarity).reversed().thenComparing(s -> s.council().name()))
                .limit(SIMILAR).toList();
    }

    private List<String> reasons(Profile a, Profile b) {
        int n = model.dimensions().size();
        int same = 0;
        int withinOne = 0;
        for (Dimension d : model.dimensions()) {
            int diff = Math.abs(a.level(d.key()) - b.level(d.key()));
            same += diff == 0 ? 1 : 0;
            withinOne += diff <= 1 ? 1 : 0;
        }
        List<String> reasons = new ArrayList<>();
        reasons.add("same level on " + same + " of " + n + " dimensions");
        if (withinOne > same) {
            reasons.add("within one level on " + withinOne + " of " + n);
        }
        if (sameType(a, b)) {
            reasons.add("same type (" + a.typeLabel().toLowerCase() + ")");
        }
        if (similarSize(a, b)) {
            reasons.add("similar population");
        }
        return reasons;
    }

    /** The council's weakest dimensions (lowest levels first, in model order on a tie), leaving out any at level 5. */
    public List<Dimension> weakest(Profile target) {
        return model.dimensions().stream().filter(d -> target.level(d.key()) < MaturityModel.HIGHEST)
                .sorted(Comparator.comparingInt(d -> target.level(d.key()))).limit(WEAK).toList();
    }

    /** Its strongest dimensions (highest first, model order on a tie). */
    public List<Dimension> strongest(Profile target) {
        return model.dimensions().stream()
                .sorted(Comparator.comparingInt((Dimension d) -> target.level(d.key())).reversed()).limit(WEAK).toList();
    }

    /**
     * For each weak dimension, councils one or two levels ahead there: first those with case studies on it, then
     * those with members offering help, then one step ahead before two (a nearer step is easier to follow), then
     * the most similar overall.
     */
    public Map<String, List<Ahead>> aheadOn(Profile target, List<Profile> others, Offers offers) {
        Map<String, List<Ahead>> result = new LinkedHashMap<>();
        for (Dimension d : weakest(target)) {
            int mine = target.level(d.key());
            record Ranked(Ahead ahead, double rank) {}
            List<Ahead> ahead = others.stream().filter(o -> suggestable(target, o))
                    .filter(o -> o.level(d.key()) - mine >= 1 && o.level(d.key()) - mine <= 2)
                    .map(o -> {
                        int steps = o.level(d.key()) - mine;
                        int cases = offers.caseStudies(o.councilId(), d.key());
                        int helpers = offers.helpers(o.councilId(), d.key());
                        double rank = (cases > 0 ? 4 : 0) + (helpers > 0 ? 2 : 0) + (steps == 1 ? 1 : 0)
                                + similarity(target, o);
                        return new Ranked(new Ahead(o, steps, cases, helpers, aheadReasons(d, steps, cases, helpers)), rank);
                    })
                    .sorted(Comparator.comparingDouble(Ranked::rank).reversed()
                            .thenComparing(r -> r.ahead().council().name()))
                    .limit(AHEAD_PER_DIMENSION).map(Ranked::ahead).toList();
            result.put(d.key(), ahead);
        }
        return result;
    }

    private static List<String> aheadReasons(Dimension d, int steps, int cases, int helpers) {
        List<String> reasons = new ArrayList<>();
        reasons.add((steps == 1 ? "one level" : "two levels") + " ahead on " + d.name().toLowerCase());
        if (cases > 0) {
            reasons.add(cases + (cases == 1 ? " published case study" : " published case studies") + " on it");
        }
        if (helpers > 0) {
            reasons.add(helpers + (helpers == 1 ? " member offers" : " members offer") + " to help with it");
        }
        return reasons;
    }

    /** Councils at the same overall stage that share: a learning set. */
    public List<Profile> cohort(Profile target, List<Profile> others) {
        return others.stream().filter(o -> suggestable(target, o) && o.stage() == target.stage())
                .sorted(Comparator.comparingDouble((Profile o) -> similarity(target, o)).reversed()
                        .thenComparing(Profile::name))
                .limit(COHORT).toList();
    }

    /**
     * The median level per dimension of the council's comparison group: councils of the same type when at least
     * {@value #SMALLEST_GROUP} have assessed, otherwise all councils; nothing when fewer than that. Private councils
     * count here, as the figure is an aggregate of five or more.
     */
    public Optional<Median> peerMedian(Profile target, List<Profile> others) {
        List<Profile> group = others.stream().filter(o -> !o.councilId().equals(target.councilId())).toList();
        List<Profile> sameType = group.stream().filter(o -> sameType(target, o)).toList();
        String description;
        if (sameType.size() >= SMALLEST_GROUP) {
            group = sameType;
            description = group.size() + " councils of the same type (" + target.typeLabel().toLowerCase() + ")";
        } else {
            description = group.size() + " councils";
        }
        if (group.size() < SMALLEST_GROUP) {
            return Optional.empty();
        }
        Map<String, Integer> median = new LinkedHashMap<>();
        for (Dimension d : model.dimensions()) {
            median.put(d.key(), Scoring.median(group.stream().map(o -> o.level(d.key())).toList()));
        }
        return Optional.of(new Median(median, description, group.size()));
    }

    private static boolean suggestable(Profile target, Profile other) {
        return !other.councilId().equals(target.councilId()) && other.sharing().findable();
    }

    private static boolean sameType(Profile a, Profile b) {
        return a.typeLabel() != null && a.typeLabel().equals(b.typeLabel());
    }

    private static boolean similarSize(Profile a, Profile b) {
        if (a.population() == null || b.population() == null || a.population() <= 0 || b.population() <= 0) {
            return false;
        }
        double ratio = (double) Math.max(a.population(), b.population()) / Math.min(a.population(), b.population());
        return ratio <= 2.0;
    }
}
