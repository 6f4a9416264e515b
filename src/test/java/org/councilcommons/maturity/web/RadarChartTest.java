package org.councilcommons.maturity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RadarChartTest {

    @Test
    void theFirstAxisPointsUpAndLevelFiveReachesTheOuterRing() {
        double[] top = RadarChart.point(0, 4, 5);
        assertEquals(420.0, top[0], 1e-9);
        assertEquals(80.0, top[1], 1e-9, "150 above the centre at 230");
        double[] right = RadarChart.point(1, 4, 2.5);
        assertEquals(495.0, right[0], 1e-9, "a quarter turn clockwise, half way out");
        assertEquals(230.0, right[1], 1e-9);
    }

    @Test
    void theChartIsLabelledForScreenReadersAndEscapesNames() {
        String svg = RadarChart.svg("Levels of A & B <council>",
                List.of(new RadarChart.Axis("Skills", 2, 3), new RadarChart.Axis("Data", 4, 1), new RadarChart.Axis("Funding", 1, 1)),
                "Median of 5 councils");
        assertTrue(svg.contains("role=\"img\" aria-labelledby=\"radar-title radar-desc\""));
        assertTrue(svg.contains("<title id=\"radar-title\">Levels of A &amp; B &lt;council&gt;</title>"));
        assertFalse(svg.contains("<council>"));
        assertTrue(svg.contains("commons-radar__comparison"), "the peers' median is drawn when every axis has one");
        assertEquals(3, svg.split("<circle ", -1).length - 1, "one point per dimension");
    }

    @Test
    void withoutAComparisonOnlyTheCouncilIsDrawn() {
        String svg = RadarChart.svg("t", List.of(new RadarChart.Axis("Skills", 2, null), new RadarChart.Axis("Data", 4, null),
                new RadarChart.Axis("Funding", 1, null)), "");
        assertFalse(svg.contains("commons-radar__comparison"));
        assertTrue(svg.contains("commons-radar__council"));
    }
}
