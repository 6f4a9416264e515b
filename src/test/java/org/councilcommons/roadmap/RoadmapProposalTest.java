package org.councilcommons.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The order of a proposed roadmap, computed by hand from the eight steps the roadmap is seeded with. */
class RoadmapProposalTest {

    private static final List<String> LEVEL_NAMES = List.of("Starting", "Developing", "Established", "Advanced", "Leading");
    private static final Map<String, String> NAMES = Map.of(
            "leadership", "Leadership", "skills", "Skills", "culture", "Culture", "services", "Services online",
            "technology", "Technology", "data", "Data", "inclusion", "Digital inclusion", "funding", "Funding",
            "democracy", "Democratic engagement");

    /** The seeded steps, in network order, with the dimensions each moves. */
    private static final List<RoadmapProposal.Outline> STEPS = List.of(
            new RoadmapProposal.Outline("pioneers", List.of("leadership", "culture", "skills"), 0),
            new RoadmapProposal.Outline("senior-backing", List.of("leadership", "culture"), 1),
            new RoadmapProposal.Outline("every-role", List.of("skills"), 2),
            new RoadmapProposal.Outline("social-media", List.of("democracy", "culture"), 3),
            new RoadmapProposal.Outline("channel-shift", List.of("services", "skills"), 4),
            new RoadmapProposal.Outline("staff-inclusion", List.of("inclusion", "skills"), 5),
            new RoadmapProposal.Outline("name-risks", List.of("culture", "leadership"), 6),
            new RoadmapProposal.Outline("plumbing", List.of("technology", "funding", "data"), 7));

    private static List<RoadmapProposal.Proposed> propose(Map<String, Integer> levels) {
        return RoadmapProposal.propose(levels, STEPS, NAMES::get, l -> LEVEL_NAMES.get(l - 1), 5);
    }

    private static Map<String, Integer> levels(int leadership, int skills, int culture, int services, int technology,
            int data, int inclusion, int funding, int democracy) {
        Map<String, Integer> levels = new HashMap<>();
        levels.put("leadership", leadership);
        levels.put("skills", skills);
        levels.put("culture", culture);
        levels.put("services", services);
        levels.put("technology", technology);
        levels.put("data", data);
        levels.put("inclusion", inclusion);
        levels.put("funding", funding);
        levels.put("democracy", democracy);
        return levels;
    }

    @Test
    void weakestDimensionFirstThenMoreWeakDimensionsThenNetworkOrder() {
        // step minimums: staff-inclusion 1 (inclusion); pioneers, every-role, channel-shift 2 (skills);
        // senior-backing and name-risks 3 (leadership and culture: two at that level); social-media 3 (culture),
        // plumbing 3 (funding)
        List<RoadmapProposal.Proposed> proposed = propose(levels(3, 2, 3, 4, 4, 5, 1, 3, 5));

        assertEquals(List.of("staff-inclusion", "pioneers", "every-role", "channel-shift", "senior-backing", "name-risks",
                "social-media", "plumbing"), proposed.stream().map(RoadmapProposal.Proposed::key).toList());
        assertEquals(List.of(1, 2, 2, 2, 3, 3, 3, 3), proposed.stream().map(RoadmapProposal.Proposed::level).toList());
        assertEquals("Moves your weakest dimension, Digital inclusion (level 1, Starting)", proposed.get(0).reason());
        assertEquals("Moves Skills (level 2, Developing)", proposed.get(1).reason());
        assertEquals("Moves Leadership and Culture (level 3, Established)", proposed.get(4).reason());
        assertEquals(List.of("leadership", "culture"), proposed.get(4).weakest());
    }

    @Test
    void stepsWhoseDimensionsAreAllAtTheTopAreLeftOut() {
        // technology, data and funding at 5: the plumbing step has nothing left to move
        List<RoadmapProposal.Proposed> proposed = propose(levels(4, 4, 4, 4, 5, 5, 4, 5, 4));

        assertEquals(7, proposed.size());
        assertTrue(proposed.stream().noneMatch(p -> p.key().equals("plumbing")));
        // the rest tie at level 4: pioneers moves three dimensions at that level, then the two-dimension steps in
        // network order, then every-role with one
        assertEquals(List.of("pioneers", "senior-backing", "social-media", "channel-shift", "staff-inclusion",
                "name-risks", "every-role"), proposed.stream().map(RoadmapProposal.Proposed::key).toList());
        assertEquals("Moves your weakest dimensions, Leadership, Culture and Skills (level 4, Advanced)",
                proposed.getFirst().reason());
    }

    @Test
    void aCouncilLeadingOnEverythingHasNothingProposed() {
        assertEquals(List.of(), propose(levels(5, 5, 5, 5, 5, 5, 5, 5, 5)));
    }

    @Test
    void dimensionsTheAssessmentDoesNotKnowAreIgnored() {
        Map<String, Integer> partial = Map.of("skills", 3);
        List<RoadmapProposal.Proposed> proposed = propose(partial);

        assertEquals(List.of("pioneers", "every-role", "channel-shift", "staff-inclusion"),
                proposed.stream().map(RoadmapProposal.Proposed::key).toList());
    }

    @Test
    void movedListsChangedDimensionsInModelOrder() {
        Map<String, Integer> before = Map.of("skills", 2, "culture", 3, "inclusion", 1);
        Map<String, Integer> after = Map.of("skills", 3, "culture", 3, "inclusion", 1, "data", 2);

        List<RoadmapProposal.Moved> moved = RoadmapProposal.moved(before, after, List.of("culture", "skills", "inclusion", "data"));

        assertEquals(List.of(new RoadmapProposal.Moved("skills", 2, 3)), moved);
        assertTrue(moved.getFirst().up());
        assertEquals(List.of(new RoadmapProposal.Moved("inclusion", 2, 1)),
                RoadmapProposal.moved(Map.of("inclusion", 2), Map.of("inclusion", 1), List.of("inclusion")));
    }
}
