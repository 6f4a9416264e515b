package org.councilcommons.roadmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.councilcommons.roadmap.RoadmapService;
import org.councilcommons.roadmap.Step;
import org.councilcommons.roadmap.StepStatus;
import org.junit.jupiter.api.Test;

class ChangesTest {

    private static RoadmapService.Item item(String key, StepStatus status, LocalDate target) {
        Step step = new Step() {
            @Override
            public String key() {
                return key;
            }
        };
        return new RoadmapService.Item(step, status, 7L, "Jo", target, "notes", "evidence", "reason", null, false);
    }

    private static List<String> keys(List<RoadmapService.StepChange> changes) {
        return changes.stream().map(RoadmapService.StepChange::key).toList();
    }

    @Test
    void aStepKeepsItsTrackingWhenTheRoadmapIsSavedAgain() {
        var change = Changes.of(item("a", StepStatus.IN_PROGRESS, LocalDate.of(2027, 3, 31)));
        assertEquals(new RoadmapService.StepChange("a", "in-progress", 7L, "2027-03-31", "notes", "evidence"), change);
        assertEquals(null, Changes.of(item("b", StepStatus.DONE, null)).targetDate());
    }

    @Test
    void movingSwapsAStepWithItsNeighbourButNotPastEitherEnd() {
        List<RoadmapService.StepChange> changes = new ArrayList<>(Changes.of(List.of(
                item("a", StepStatus.NOT_STARTED, null), item("b", StepStatus.NOT_STARTED, null),
                item("c", StepStatus.DONE, null))));
        assertTrue(Changes.move(changes, "a", 1));
        assertEquals(List.of("b", "a", "c"), keys(changes));
        assertTrue(Changes.move(changes, "c", -1));
        assertEquals(List.of("b", "c", "a"), keys(changes));
        assertFalse(Changes.move(changes, "b", -1));
        assertFalse(Changes.move(changes, "a", 1));
        assertFalse(Changes.move(changes, "missing", 1));
        assertEquals(List.of("b", "c", "a"), keys(changes));
    }

    @Test
    void theServicesFieldNamesBecomeTheChangeFormsInputs() {
        assertEquals("evidence", CouncilStepForm.inputId("steps[3].evidence"));
        assertEquals("targetDate-day", CouncilStepForm.inputId("steps[0].targetDate"));
        assertEquals("owner", CouncilStepForm.inputId("steps[12].owner"));
        assertEquals("status", CouncilStepForm.inputId("steps"));
    }
}
