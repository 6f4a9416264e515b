package org.councilcommons.maturity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTest {

    final MaturityModel model = TestModel.twoDimensions();
    final Dimension a = model.dimension("a").orElseThrow();

    @Test
    void aLevelIsReachedWhenEveryStatementUpToItIsAYes() {
        Scoring.Result r = Scoring.score(model, a, Map.of("a-2", Answer.YES, "a-3", Answer.YES, "a-4", Answer.NO));
        assertEquals(3, r.level());
        assertTrue(r.why().startsWith("You meet every statement up to level 3 (established)."), r.why());
        assertTrue(r.why().contains("For level 4 (advanced), not yet: “We do a at 4”."), r.why());
    }

    @Test
    void nothingAnsweredIsLevelOneAndNamesTheFirstStep() {
        Scoring.Result r = Scoring.score(model, a, Map.of());
        assertEquals(1, r.level());
        assertEquals("For level 2 (developing), not yet: “We do a at 2”.", r.why());
    }

    @Test
    void levelsAreReachedInOrderAndAYesAboveAGapIsNotedNotCounted() {
        Scoring.Result r = Scoring.score(model, a,
                Map.of("a-2", Answer.YES, "a-3", Answer.PARTLY, "a-4", Answer.YES, "a-5", Answer.YES));
        assertEquals(2, r.level());
        assertTrue(r.why().contains("“We do a at 3” (you answered partly)"), r.why());
        assertTrue(r.why().endsWith("You also meet 2 statements of higher levels; they count once the levels below are met."),
                r.why());
    }

    @Test
    void everyYesIsTheTopLevel() {
        Scoring.Result r = Scoring.score(model, a,
                Map.of("a-2", Answer.YES, "a-3", Answer.YES, "a-4", Answer.YES, "a-5", Answer.YES));
        assertEquals(5, r.level());
        assertEquals("You meet every statement, up to level 5.", r.why());
    }

    @Test
    void levelsOfEveryDimensionInModelOrder() {
        assertEquals(Map.of("a", 2, "b", 1), Scoring.levels(model, Map.of("a-2", Answer.YES, "b-3", Answer.YES)));
        assertEquals(List.of("a", "b"), List.copyOf(Scoring.levels(model, Map.of()).keySet()));
    }

    @Test
    void theStageIsTheLowerMedianSoOneOutlierDoesNotMoveIt() {
        assertEquals(2, Scoring.stage(List.of(2, 2, 5)));
        assertEquals(2, Scoring.stage(List.of(1, 2, 3, 5)));
        assertEquals(3, Scoring.stage(List.of(3, 3, 3, 1, 5)));
        assertEquals(1, Scoring.stage(List.of()));
    }
}
