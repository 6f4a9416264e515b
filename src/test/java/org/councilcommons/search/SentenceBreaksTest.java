package org.councilcommons.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {

    private static List<Integer> boundaries(String text) {
        BreakIterator breaks = new SentenceBreaks();
        breaks.setText(text);
        List<Integer> found = new ArrayList<>();
        for (int b = breaks.first(); b != BreakIterator.DONE; b = breaks.next()) {
            found.add(b);
        }
        return found;
    }

    @Test
    void sentencesEndAtStopsBeforeACapitalAndAtLineBreaks() {
        String text = "We tried it. Did it work? Yes!\n\nmostly (see \"Results.\") Then we stopped.";
        assertEquals(List.of(0, 13, 26, 32, 56, text.length()), boundaries(text));
    }

    @Test
    void aStopBeforeALowerCaseWordDoesNotEndTheSentence() {
        assertEquals(List.of(0, 33), boundaries("Apps, e.g. the one for bins, etc."));
    }

    @Test
    void followingAndPrecedingFindTheNearestBoundaries() {
        String text = "One two. Three four. Five six.";
        BreakIterator breaks = new SentenceBreaks();
        breaks.setText(text);
        assertEquals(9, breaks.following(3));
        assertEquals(21, breaks.following(9));
        assertEquals(9, breaks.preceding(15));
        assertEquals(0, breaks.preceding(5));
        assertEquals(BreakIterator.DONE, breaks.preceding(0));
        assertEquals(text.length(), breaks.following(25));
        assertEquals(BreakIterator.DONE, breaks.following(text.length()));
        assertTrue(breaks.isBoundary(21));
        assertFalse(breaks.isBoundary(22));
        assertThrows(IllegalArgumentException.class, () -> breaks.following(text.length() + 1));
    }

    @Test
    void textWithoutAnEndIsOneSentence() {
        assertEquals(List.of(0, 12), boundaries("no stop ever"));
        assertEquals(List.of(0), boundaries(""));
    }
}
