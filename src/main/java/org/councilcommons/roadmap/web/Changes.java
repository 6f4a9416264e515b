package org.councilcommons.roadmap.web;

import java.util.ArrayList;
import java.util.List;
import org.councilcommons.roadmap.RoadmapService;

/**
 * A council's roadmap as the full list of changes {@link RoadmapService#save} expects: every page action (move,
 * add, change one step) edits this list and saves all of it, so the roadmap's version catches a concurrent edit.
 */
final class Changes {

    private Changes() {}

    static List<RoadmapService.StepChange> of(List<RoadmapService.Item> items) {
        List<RoadmapService.StepChange> changes = new ArrayList<>();
        items.forEach(i -> changes.add(of(i)));
        return changes;
    }

    static RoadmapService.StepChange of(RoadmapService.Item i) {
        return new RoadmapService.StepChange(i.step().key(), i.status().key(), i.ownerId(),
                i.targetDate() == null ? null : i.targetDate().toString(), i.notes(), i.evidence());
    }

    static int indexOf(List<RoadmapService.StepChange> changes, String key) {
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** Swaps a step with its neighbour ({@code by} -1 for up, +1 for down); false when it cannot move that way. */
    static boolean move(List<RoadmapService.StepChange> changes, String key, int by) {
        int at = indexOf(changes, key);
        int to = at + by;
        if (at < 0 || to < 0 || to >= changes.size()) {
            return false;
        }
        changes.set(at, changes.set(to, changes.get(at)));
        return true;
    }
}
