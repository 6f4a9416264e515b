package org.councilcommons.maturity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.councilcommons.casestudy.Barrier;
import org.junit.jupiter.api.Test;

/** The reviewed model file: what the scoring and matching rely on holds for the file we ship. */
class MaturityModelTest {

    final MaturityModel model = MaturityModel.bundled();

    @Test
    void theShippedModelHasTheNineDimensionsCouncilsNamed() {
        assertEquals(List.of("leadership-strategy", "skills-confidence", "culture-risk", "services-online",
                "technology-legacy", "data-openness", "digital-inclusion", "funding-investment", "democratic-engagement"),
                model.dimensions().stream().map(Dimension::key).toList());
        assertEquals("Leading", model.levelName(5));
        assertTrue(model.version().matches("\\d{4}\\.\\d+"), model.version());
    }

    @Test
    void everyDimensionDescribesFiveLevelsAndHasAStatementForEachLevelAboveOne() {
        for (Dimension d : model.dimensions()) {
            assertEquals(5, d.levels().size(), d.key());
            for (int level = 2; level <= 5; level++) {
                assertTrue(!d.statementsAt(level).isEmpty(), d.key() + " level " + level);
            }
            d.levels().forEach(text -> assertTrue(text.length() > 20, d.key() + ": " + text));
        }
    }

    @Test
    void barrierKeysInTheModelAreBarriersCaseStudiesUse() {
        for (Dimension d : model.dimensions()) {
            for (String key : d.barriers()) {
                assertTrue(Barrier.parse(key).isPresent(), d.key() + " names an unknown barrier " + key);
            }
        }
    }

    @Test
    void aBrokenModelFileStopsLoadingWithTheReason() {
        String missingLevel = """
                {"version": "x", "levels": [{"level":1,"name":"A"},{"level":2,"name":"B"},{"level":3,"name":"C"},
                 {"level":4,"name":"D"},{"level":5,"name":"E"}],
                 "dimensions": [{"key":"d","name":"D","summary":"s","barriers":[],"keywords":[],
                   "levels":["1","2","3","4","5"],
                   "statements":[{"key":"d-2","level":2,"text":"t"},{"key":"d-3","level":3,"text":"t"},
                                 {"key":"d-5","level":5,"text":"t"}]}]}
                """;
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> MaturityModel.read(new ByteArrayInputStream(missingLevel.getBytes(StandardCharsets.UTF_8))));
        assertEquals("d has no statement for level 4", e.getMessage());
    }
}
