package org.councilcommons.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.errors.InvalidInput;
import org.junit.jupiter.api.Test;

class SearchRequestTest {

    @Test
    void everyBadFieldIsListedAtOnce() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> new SearchRequest(
                "x".repeat(201), null, "b".repeat(101), null, null, null, null, "popular", 0, 51));
        assertEquals(List.of("q", "barrier", "sort", "page", "size"),
                refused.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void deepPagesAreRefused() {
        new SearchRequest("webcast", null, null, null, null, null, null, null, 20, 50);
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> new SearchRequest("webcast", null, null, null, null, null, null, null, 21, 50));
        assertEquals("page", refused.errors().getFirst().field());
    }

    @Test
    void missingValuesTakeTheDefaults() {
        SearchRequest request = SearchRequest.of(null, " ", "", null, null, null, null, null, null, null);
        assertEquals("", request.q());
        assertNull(request.type());
        assertNull(request.barrier());
        assertEquals(SearchRequest.RELEVANCE, request.sort());
        assertEquals(1, request.page());
        assertEquals(SearchRequest.DEFAULT_SIZE, request.size());
        assertTrue(request.browsing());
    }

    @Test
    void sortAcceptsRelevanceOrDateInAnyCase() {
        assertEquals("date", SearchRequest.of("x", null, null, null, null, null, null, "Date", null, null).sort());
        assertThrows(InvalidInput.class, () -> SearchRequest.of("x", null, null, null, null, null, null, "newest",
                null, null));
    }
}
