package org.councilcommons.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilcommons.platform.errors.InvalidInput;
import org.junit.jupiter.api.Test;

class PagerTest {

    private static String shape(Pager p) {
        return String.join(" ", p.links().stream().map(l -> l.ellipsis() ? "…" : l.current() ? "[" + l.number() + "]"
                : String.valueOf(l.number())).toList());
    }

    @Test
    void showsFirstLastNeighboursAndEllipses() {
        assertEquals("1 … 4 [5] 6 … 10", shape(Pager.of("/case-studies", Map.of(), 5, 10)));
        assertEquals("[1] 2 … 10", shape(Pager.of("/case-studies", Map.of(), 1, 10)));
        assertEquals("1 2 [3]", shape(Pager.of("/case-studies", Map.of(), 3, 3)));
    }

    @Test
    void linksKeepTheFiltersAndDropPageOne() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("barrier", "social-media");
        query.put("theme", "web cast");
        Pager p = Pager.of("/case-studies", query, 2, 3);
        assertEquals("/case-studies?barrier=social-media&theme=web+cast", p.previous());
        assertEquals("/case-studies?barrier=social-media&theme=web+cast&page=3", p.next());
        assertNull(Pager.of("/x", Map.of(), 3, 3).next());
    }

    @Test
    void pagingRefusesSillyNumbersWithFieldErrors() {
        assertEquals(new Paging(1, 20), Paging.of(null, null, 20));
        InvalidInput e = assertThrows(InvalidInput.class, () -> Paging.of("0", "1000", 20));
        assertEquals(List.of("page", "size"), e.errors().stream().map(f -> f.field()).toList());
        assertThrows(InvalidInput.class, () -> Paging.of("abc", null, 20));
    }
}
