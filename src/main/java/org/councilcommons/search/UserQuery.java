package org.councilcommons.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.errors.InvalidInput;

/**
 * What someone typed into the search box, read the way people write rather than as Lucene syntax. Two things are
 * special: "double quotes" around a phrase, and a minus in front of a word or phrase to exclude it. Everything else
 * is text for the analyzer, so {@code * ? ~ : ( ) [ ] ^ \ /} and AND/OR/NOT mean nothing and cannot make a query
 * expensive; wildcards, regular expressions and fuzzy syntax are never taken from users (typo tolerance is decided
 * by the engine, per word, only for words the index does not know).
 */
public final class UserQuery {

    public static final int MAX_LENGTH = 200;
    /** Counted after analysis, so stop words and punctuation are free and ideographs count one each. */
    public static final int MAX_TERMS = 12;

    private final String words;
    private final List<String> phrases;
    private final List<String> excludedWords;
    private final List<String> excludedPhrases;

    private UserQuery(String words, List<String> phrases, List<String> excludedWords, List<String> excludedPhrases) {
        this.words = words;
        this.phrases = List.copyOf(phrases);
        this.excludedWords = List.copyOf(excludedWords);
        this.excludedPhrases = List.copyOf(excludedPhrases);
    }

    /** Reads search text; throws {@link InvalidInput} on field "q" when it is too long or has too many words. */
    public static UserQuery parse(String text) {
        List<FieldError> problems = problems(text);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return split(text == null ? "" : text);
    }

    /** What is wrong with search text (field "q"), without throwing; empty when it is acceptable. */
    public static List<FieldError> problems(String text) {
        if (text == null) {
            return List.of();
        }
        // the length is checked before anything else so that a huge string costs no analysis
        if (text.length() > MAX_LENGTH) {
            return List.of(new FieldError("q", "Enter " + MAX_LENGTH + " characters or fewer"));
        }
        UserQuery query = split(text);
        int terms = Concepts.indexedWords(query.words).size();
        for (String part : query.phrases) {
            terms += Concepts.indexedWords(part).size();
        }
        for (String part : query.excludedWords) {
            terms += Concepts.indexedWords(part).size();
        }
        for (String part : query.excludedPhrases) {
            terms += Concepts.indexedWords(part).size();
        }
        if (terms > MAX_TERMS) {
            return List.of(new FieldError("q", "Search for " + MAX_TERMS + " words or fewer"));
        }
        return List.of();
    }

    /** The loose words, in the order typed, joined by spaces (synonym rules may span them). */
    public String words() {
        return words;
    }

    public List<String> phrases() {
        return phrases;
    }

    public List<String> excludedWords() {
        return excludedWords;
    }

    public List<String> excludedPhrases() {
        return excludedPhrases;
    }

    /** The query as written, without looking at the index: no typo tolerance, no words dropped. */
    public Query toQuery() {
        return Interpreter.interpret(this, null).query().all();
    }

    /**
     * The query as this index can answer it: words the index does not know are tried as typos, then dropped and
     * named, so that one unknown word does not empty the results.
     */
    public Interpretation interpret(IndexSearcher searcher) {
        return Interpreter.interpret(this, searcher);
    }

    /**
     * @param query what to run, with the parts to rank it by
     * @param relaxed the same asking for any one of the words, to run when {@code query} finds nothing; or null
     * @param highlight the words and phrases to mark in snippets (summary and body only, no scoring extras)
     * @param missingTerms words and phrases as typed that match nothing, not even as a typo
     * @param typoTolerant a word was matched approximately
     * @param browsing nothing positive was asked for (only filters, exclusions or stop words)
     */
    public record Interpretation(
            RankedQuery query, RankedQuery relaxed, Query highlight, List<String> missingTerms, boolean typoTolerant,
            boolean browsing) {

        public Interpretation {
            missingTerms = List.copyOf(missingTerms);
        }
    }

    private static UserQuery split(String text) {
        StringBuilder words = new StringBuilder();
        List<String> phrases = new ArrayList<>();
        List<String> excludedWords = new ArrayList<>();
        List<String> excludedPhrases = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (space(text.charAt(i))) {
                i++;
                continue;
            }
            boolean excluded = text.charAt(i) == '-' && i + 1 < n && !space(text.charAt(i + 1));
            if (excluded) {
                i++;
            }
            if (quote(text.charAt(i))) {
                int end = i + 1;
                while (end < n && !quote(text.charAt(end))) {
                    end++;
                }
                String phrase = text.substring(i + 1, end).strip();
                if (!phrase.isEmpty()) {
                    (excluded ? excludedPhrases : phrases).add(phrase);
                }
                i = end + 1; // an unclosed quote runs to the end
            } else {
                int end = i;
                while (end < n && !space(text.charAt(end)) && !quote(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(i, end);
                if (excluded) {
                    excludedWords.add(word);
                } else {
                    words.append(words.isEmpty() ? "" : " ").append(word);
                }
                i = end;
            }
        }
        return new UserQuery(words.toString(), phrases, excludedWords, excludedPhrases);
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    // typographic quotes arrive from word processors and phones as often as straight ones
    private static boolean quote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
    }
}
