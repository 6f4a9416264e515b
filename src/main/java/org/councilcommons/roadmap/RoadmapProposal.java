package org.councilcommons.roadmap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/**
 * Which steps a council should take first, from its self-assessment levels. A step is as urgent as the weakest of
 * the dimensions it moves: lowest level first; at the same level, a step that moves more of those weakest
 * dimensions first; then the network roadmap's own order. A step whose dimensions are all at the top level is
 * left out. Pure, so the order is unit-tested by hand.
 */
public final class RoadmapProposal {

    private RoadmapProposal() {}

    /** A step as the proposal needs it; {@code order} is its place in the network roadmap. */
    public record Outline(String key, List<String> dimensions, int order) {}

    /** A proposed step with the level that makes it urgent and the reason shown to the council. */
    public record Proposed(String key, int level, List<String> weakest, String reason) {}

    /** A dimension whose level changed between two self-assessments. */
    public record Moved(String dimension, int before, int after) {
        public boolean up() {
            return after > before;
        }
    }

    /**
     * @param levels the council's level per dimension key
     * @param names a dimension's name from its key
     * @param levelNames a level's name (1 "Starting" … 5 "Leading")
     */
    public static List<Proposed> propose(Map<String, Integer> levels, List<Outline> steps, UnaryOperator<String> names,
            IntFunction<String> levelNames, int highest) {
        int councilLowest = levels.values().stream().mapToInt(Integer::intValue).min().orElse(highest);
        record Ranked(Outline step, int level, List<String> weakest) {}
        List<Ranked> ranked = new ArrayList<>();
        for (Outline step : steps) {
            List<String> known = step.dimensions().stream().filter(levels::containsKey).toList();
            if (known.isEmpty()) {
                continue;
            }
            int level = known.stream().mapToInt(levels::get).min().orElseThrow();
            if (level >= highest) {
                continue;
            }
            ranked.add(new Ranked(step, level, known.stream().filter(d -> levels.get(d) == level).toList()));
        }
        ranked.sort(Comparator.comparingInt(Ranked::level)
                .thenComparing(r -> -r.weakest().size())
                .thenComparingInt(r -> r.step().order()));
        return ranked.stream().map(r -> new Proposed(r.step().key(), r.level(), r.weakest(),
                reason(r.weakest(), r.level(), r.level() == councilLowest, names, levelNames))).toList();
    }

    static String reason(List<String> weakest, int level, boolean councilsWeakest, UnaryOperator<String> names,
            IntFunction<String> levelNames) {
        List<String> named = weakest.stream().map(names).toList();
        String list = named.size() == 1 ? named.getFirst()
                : String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.getLast();
        String subject = councilsWeakest
                ? (named.size() == 1 ? "your weakest dimension, " : "your weakest dimensions, ")
                : "";
        return "Moves " + subject + list + " (level " + level + ", " + levelNames.apply(level) + ")";
    }

    /** Dimensions whose level changed from {@code before} to {@code after}, in the order of {@code order}. */
    public static List<Moved> moved(Map<String, Integer> before, Map<String, Integer> after, List<String> order) {
        List<Moved> moved = new ArrayList<>();
        for (String d : order) {
            Integer b = before.get(d);
            Integer a = after.get(d);
            if (b != null && a != null && !Objects.equals(a, b)) {
                moved.add(new Moved(d, b, a));
            }
        }
        return moved;
    }
}
