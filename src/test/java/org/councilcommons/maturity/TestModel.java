package org.councilcommons.maturity;

import java.util.ArrayList;
import java.util.List;

/** A small model for hand-computed cases: two dimensions, "a" and "b", one statement per level 2 to 5. */
final class TestModel {

    private TestModel() {}

    static MaturityModel twoDimensions() {
        return new MaturityModel("test-1", List.of("Starting", "Developing", "Established", "Advanced", "Leading"),
                List.of(dimension("a", "Alpha", List.of("legacy-systems"), List.of("webcast")),
                        dimension("b", "Beta", List.of(), List.of("open data"))));
    }

    static Dimension dimension(String key, String name, List<String> barriers, List<String> keywords) {
        List<Dimension.Statement> statements = new ArrayList<>();
        for (int level = 2; level <= 5; level++) {
            statements.add(new Dimension.Statement(key + "-" + level, level, "We do " + key + " at " + level));
        }
        return new Dimension(key, name, name + " summary", barriers, keywords,
                List.of("l1", "l2", "l3", "l4", "l5"), statements);
    }
}
