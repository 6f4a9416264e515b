package org.councilcommons.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.councilcommons.platform.errors.InvalidInput;
import org.junit.jupiter.api.Test;

/** The publishing council's maturity stage: a facet, a filter, and a boost towards councils a step ahead. */
class MaturitySearchTest {

    static SearchDocument at(long id, String stage) {
        return new SearchDocument("case_study", id, "Webcasting planning committees", "How we webcast committees",
                "We webcast every planning committee.", List.of("webcast"), List.of("social-media"), "E0600000" + id,
                "Council " + id, "unitary", "North West", "live", Instant.parse("2026-01-0" + id + "T10:00:00Z"),
                "/case-studies/" + id, stage);
    }

    static SearchRequest request(String maturity, int boostStage) {
        return new SearchRequest("webcast committees", null, null, null, null, null, null, null, 1, 10, maturity, boostStage);
    }

    @Test
    void stagesAreCountedAndFilterable() throws Exception {
        try (TestIndex index = TestIndex.of(List.of(at(1, "1"), at(2, "3"), at(3, "3"), at(4, null)))) {
            SearchResults all = SearchEngine.search(index.searcher(), request(null, 0));
            assertEquals(4, all.total());
            assertEquals(List.of("3:2", "1:1"), all.facets().get("maturity").stream().map(c -> c.value() + ":" + c.count()).toList(),
                    "a council that does not share has no stage");
            SearchResults third = SearchEngine.search(index.searcher(), request("3", 0));
            assertEquals(List.of(2L, 3L), third.results().stream().map(SearchResults.Hit::id).sorted().toList());
        }
    }

    @Test
    void aMembersSearchFavoursCouncilsOneOrTwoStagesAheadWithoutDroppingOthers() throws Exception {
        try (TestIndex index = TestIndex.of(List.of(at(1, "1"), at(2, "2"), at(3, "4"), at(4, "5")))) {
            List<Long> plain = SearchEngine.search(index.searcher(), request(null, 0)).results().stream()
                    .map(SearchResults.Hit::id).toList();
            List<Long> fromStageTwo = SearchEngine.search(index.searcher(), request(null, 2)).results().stream()
                    .map(SearchResults.Hit::id).toList();
            assertEquals(4, fromStageTwo.size(), "a boost, not a filter");
            assertEquals(List.of(3L), fromStageTwo.subList(0, 1), "stage 4 is two ahead of 2; stage 5 is three: " + fromStageTwo);
            assertEquals(4L, plain.getFirst(), "without the boost, equal scores go newest first");
        }
    }

    @Test
    void aStageOutsideOneToFiveIsRefused() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> request("7", 0));
        assertEquals("maturity", e.errors().getFirst().field());
    }
}
