package org.councilcommons.maturity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How answers become levels. A council reaches a level when it answers "yes" to every statement of that level and
 * of every level below it; levels are reached in order, so a "yes" far above a gap is noted but does not count.
 */
public final class Scoring {

    private Scoring() {}

    /** A dimension's level, with the plain-English reason shown back to the council. */
    public record Result(int level, String why) {}

    public static Result score(MaturityModel model, Dimension dimension, Map<String, Answer> answers) {
        int reached = MaturityModel.LOWEST;
        while (reached < MaturityModel.HIGHEST && allYes(dimension.statementsAt(reached + 1), answers)) {
            reached++;
        }
        int level = reached;
        StringBuilder why = new StringBuilder();
        if (level == MaturityModel.HIGHEST) {
            why.append("You meet every statement, up to level ").append(level).append('.');
            return new Result(level, why.toString());
        }
        if (level > MaturityModel.LOWEST) {
            why.append("You meet every statement up to level ").append(level).append(" (")
                    .append(model.levelName(level).toLowerCase()).append("). ");
        }
        List<String> missing = new ArrayList<>();
        for (Dimension.Statement s : dimension.statementsAt(level + 1)) {
            Answer answer = answers.get(s.key());
            if (answer != Answer.YES) {
                missing.add("“" + s.text() + "”" + (answer == Answer.PARTLY ? " (you answered partly)" : ""));
            }
        }
        why.append("For level ").append(level + 1).append(" (").append(model.levelName(level + 1).toLowerCase())
                .append("), not yet: ").append(String.join("; ", missing)).append('.');
        long above = dimension.statements().stream()
                .filter(s -> s.level() > level + 1 && answers.get(s.key()) == Answer.YES).count();
        if (above > 0) {
            why.append(" You also meet ").append(above).append(above == 1 ? " statement" : " statements")
                    .append(" of higher levels; they count once the levels below are met.");
        }
        return new Result(level, why.toString());
    }

    private static boolean allYes(List<Dimension.Statement> statements, Map<String, Answer> answers) {
        return statements.stream().allMatch(s -> answers.get(s.key()) == Answer.YES);
    }

    /** Every dimension's level, in model order. */
    public static Map<String, Integer> levels(MaturityModel model, Map<String, Answer> answers) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (Dimension d : model.dimensions()) {
            levels.put(d.key(), score(model, d, answers).level());
        }
        return levels;
    }

    /**
     * A council's overall stage: the median of its levels (the lower middle one when there is an even number), so
     * one strong or one weak dimension does not move it.
     */
    public static int stage(Collection<Integer> levels) {
        return median(levels);
    }

    /** The lower median (the lower middle value for an even number of values); level 1 for none. */
    public static int median(Collection<Integer> levels) {
        if (levels.isEmpty()) {
            return MaturityModel.LOWEST;
        }
        List<Integer> sorted = levels.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }
}
