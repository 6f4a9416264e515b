package org.councilcommons.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * A word the index has never seen, read as a typo. The index's closest word within reach is searched instead, with
 * its synonyms, so "webcsat" finds live streams as "webcast" would. Within reach means one edit for words of three
 * to five letters and two for longer ones, with the first letter right (people rarely mistype it, and it keeps the
 * candidates few); the closest is the one with the fewest edits, then the most frequent. Searching the correction
 * rather than every near word keeps the query and its highlighting as cheap as a normal search.
 */
final class Typos {

    /** Beyond this many unknown words in one search, the text is not a search with typos: the rest are dropped. */
    static final int MAX_PER_SEARCH = 3;

    /** Longer "words" are pasted identifiers or junk, not typos; the guessing automaton grows with length. */
    static final int MAX_WORD_LENGTH = 40;

    private Typos() {}

    /** The word as the index knows it, with its synonyms; null if it is too short to guess at or nothing is close. */
    static Concepts.Concept correct(IndexReader reader, String word) {
        int edits = edits(word);
        if (edits == 0) {
            return null;
        }
        String correction = correction(reader, word, edits);
        if (correction == null) {
            return null;
        }
        List<Concepts.Concept> corrected = Concepts.of(correction);
        return corrected.size() == 1
                ? corrected.getFirst()
                : new Concepts.Concept(correction, List.of(correction), List.of());
    }

    static int edits(String word) {
        int length = word.codePointCount(0, word.length());
        return length < 3 ? 0 : length <= 5 ? 1 : 2;
    }

    private static String correction(IndexReader reader, String word, int edits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(edits);
        checker.setMinPrefix(1);
        checker.setMinQueryLength(3);
        checker.setMaxQueryLength(MAX_WORD_LENGTH);
        SuggestWord best = null;
        try {
            for (String field : Relevance.FIELDS.keySet()) {
                SuggestWord[] found = checker.suggestSimilar(
                        new Term(field, word), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (found.length > 0 && (best == null || better(found[0], best))) {
                    best = found[0];
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return best == null ? null : best.string;
    }

    private static boolean better(SuggestWord candidate, SuggestWord best) {
        return candidate.score > best.score || (candidate.score == best.score && candidate.freq > best.freq);
    }
}
