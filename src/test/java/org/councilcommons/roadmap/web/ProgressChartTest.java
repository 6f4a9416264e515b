package org.councilcommons.roadmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.councilcommons.roadmap.RoadmapService;
import org.councilcommons.roadmap.Stage;
import org.councilcommons.roadmap.StepStatus;
import org.junit.jupiter.api.Test;

class ProgressChartTest {

    private static RoadmapService.StageProgress stage(String name, Map<StepStatus, Integer> counts) {
        Stage stage = new Stage() {
            @Override
            public String name() {
                return name;
            }
        };
        return new RoadmapService.StageProgress(stage, new EnumMap<>(counts));
    }

    @Test
    void eachBarIsAlsoWrittenInWordsInTheOrderOfTheSegments() {
        var s = stage("People", Map.of(StepStatus.NOT_STARTED, 3, StepStatus.DONE, 2, StepStatus.IN_PROGRESS, 1));
        assertEquals("2 done, 1 in progress, 3 not started", ProgressChart.counts(s));
    }

    @Test
    void theChartIsAnImageWithATitleADescriptionAndSegmentsInProportion() {
        String svg = ProgressChart.svg("Progress of A & B", List.of(
                stage("Skills & openness", Map.of(StepStatus.DONE, 1, StepStatus.DROPPED, 1))));
        assertTrue(svg.contains("role=\"img\"") && svg.contains("aria-labelledby=\"progress-title progress-desc\""), svg);
        assertTrue(svg.contains("<title id=\"progress-title\">Progress of A &amp; B</title>"), svg);
        assertTrue(svg.contains(">Skills &amp; openness</text>"), "names are escaped");
        assertTrue(svg.contains("class=\"commons-progress__done\" x=\"260.0\" y=\"50\" width=\"210.0\""), svg);
        assertTrue(svg.contains("class=\"commons-progress__dropped\" x=\"470.0\" y=\"50\" width=\"210.0\""), svg);
        assertFalse(svg.contains("commons-progress__in-progress\" x=\"4"), "no segment for a status with no steps");
        for (StepStatus status : StepStatus.values()) {
            assertTrue(svg.contains("<pattern id=\"progress-" + status.key() + "\""), "a fill pattern, not colour alone");
        }
    }
}
