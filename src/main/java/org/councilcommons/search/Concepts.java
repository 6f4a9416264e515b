package org.councilcommons.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

/**
 * Splits search words into concepts: one word as typed, or a run of words that a synonym rule recognised ("not in
 * education, employment or training"). Each concept knows the text it came from (to name it when nothing matches),
 * the analysed words typed, and the synonyms that stand for the same thing.
 */
final class Concepts {

    /** One thing the searcher asked for; {@code typed} holds the analysed words as typed, in order. */
    record Concept(String text, List<String> typed, List<List<String>> synonyms) {

        boolean singleWord() {
            return typed.size() == 1;
        }
    }

    private Concepts() {}

    static List<Concept> of(String text) {
        List<Concept> concepts = new ArrayList<>();
        if (indexedWords(text).isEmpty()) {
            return concepts; // only stop words or punctuation: the graph would have no states
        }
        try (TokenStream stream = SearchSchema.analyzer().tokenStream(SearchSchema.QUERY, text)) {
            GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(stream);
            int[] points = graph.articulationPoints();
            int start = 0;
            for (int i = 0; i <= points.length; i++) {
                int end = i < points.length ? points[i] : -1;
                List<AttributeSource> first = graph.getTerms(start);
                if (!first.isEmpty()) {
                    Set<List<String>> alternatives = new LinkedHashSet<>();
                    if (graph.hasSidePath(start)) {
                        Iterator<TokenStream> paths = graph.getFiniteStrings(start, end);
                        while (paths.hasNext()) {
                            alternatives.add(words(paths.next()));
                        }
                    } else {
                        first.forEach(token -> alternatives.add(List.of(word(token))));
                    }
                    Concept concept = concept(text, first, alternatives);
                    // a word typed twice is still one thing to look for
                    if (concepts.stream().noneMatch(c -> c.typed().equals(concept.typed()))) {
                        concepts.add(concept);
                    }
                }
                start = end;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return concepts;
    }

    /** The analysed words of text as indexed (no synonyms). */
    static List<String> indexedWords(String text) {
        try (TokenStream stream = SearchSchema.analyzer().tokenStream(SearchSchema.BODY, text)) {
            return words(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Concept concept(String text, List<AttributeSource> first, Set<List<String>> alternatives) {
        // a synonym's tokens carry the offsets of all the words the rule matched, the typed tokens their own
        int from = Integer.MAX_VALUE;
        int to = 0;
        for (AttributeSource token : first) {
            OffsetAttribute offsets = token.getAttribute(OffsetAttribute.class);
            from = Math.min(from, offsets.startOffset());
            to = Math.max(to, offsets.endOffset());
        }
        String typedText = text.substring(from, to);
        List<String> typed = indexedWords(typedText);
        List<List<String>> synonyms = new ArrayList<>(alternatives);
        synonyms.remove(typed);
        if (typed.isEmpty()) {
            typed = synonyms.removeFirst();
        }
        return new Concept(typedText, typed, List.copyOf(synonyms));
    }

    private static List<String> words(TokenStream stream) throws IOException {
        List<String> words = new ArrayList<>();
        TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
            words.add(term.getBytesRef().utf8ToString());
        }
        stream.end();
        return words;
    }

    private static String word(AttributeSource token) {
        return token.getAttribute(TermToBytesRefAttribute.class).getBytesRef().utf8ToString();
    }
}
