package org.councilcommons.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * How much each field and each kind of match counts, checked against the relevance set (RelevanceTest); report the
 * figures before and after any change. On that set the field weights barely matter (title 2 to 5, summary 1.5 to 3,
 * themes and barriers 1 to 3, synonyms 0.5 to 1 and proximity 0 to 3 all stay within 0.005 of nDCG@10), so they stay
 * at the plain reading of "title first, then summary and tags, then body". What moved the figures: letting one of
 * two concepts suffice (0.86 to 0.90), the coverage bonus with multi-word alternatives scaled by length (0.91), and
 * typo corrections that bring their synonyms (0.92).
 */
final class Relevance {

    /** Where a word is found matters: a title or a stated barrier says more than a passing mention in the body. */
    static final Map<String, Float> FIELDS = weights(
            SearchSchema.TITLE, 3f, SearchSchema.SUMMARY, 2f, SearchSchema.THEMES, 2f, SearchSchema.BARRIERS, 2f,
            SearchSchema.BODY, 1f);

    /**
     * The fields snippets come from. Highlighting gets its own query over just these, without the scoring extras,
     * because the highlighter's cost grows with every clause it has to inspect.
     */
    static final Map<String, Float> SNIPPET_FIELDS = weights(SearchSchema.SUMMARY, 1f, SearchSchema.BODY, 1f);

    /** A synonym is a slightly weaker match than the word typed. */
    static final float SYNONYM = 0.9f;
    /** A corrected typo weaker still: the guess may be wrong. */
    static final float TYPO = 0.7f;
    /** Share of the other fields' score kept beside the best field's (dis-max tie breaker). */
    static final float TIE = 0.3f;
    /** Words may be this far apart and still earn the proximity bonus. */
    static final int PROXIMITY_SLOP = 4;
    static final float PROXIMITY = 1.5f;
    /** Bonus for having every concept, the coordination BM25 lacks: it sums, so one frequent word could win. */
    static final float COVERAGE = 1f;

    private static final Quoted QUOTED = new Quoted();

    private Relevance() {}

    /**
     * A concept matches through the words typed or through any of its synonyms, whichever scores best. A phrase
     * scores the sum of its words' rarity, so alternatives of several words are scaled down by their length:
     * otherwise "social media" (a synonym) would outrank "Facebook" (what was typed) in a title.
     */
    static Query concept(Concepts.Concept concept, Map<String, Float> fields) {
        List<Query> alternatives = new ArrayList<>();
        alternatives.add(concept.singleWord()
                ? word(concept.typed().getFirst(), fields)
                : new BoostQuery(allOf(concept.typed(), fields), 1f / concept.typed().size()));
        for (List<String> synonym : concept.synonyms()) {
            alternatives.add(new BoostQuery(phrase(synonym, fields), SYNONYM / synonym.size()));
        }
        return alternatives.size() == 1 ? alternatives.getFirst() : new DisjunctionMaxQuery(alternatives, 0.1f);
    }

    static Query word(String term, Map<String, Float> fields) {
        List<Query> perField = new ArrayList<>();
        fields.forEach((field, boost) -> perField.add(new BoostQuery(new TermQuery(new Term(field, term)), boost)));
        return new DisjunctionMaxQuery(perField, TIE);
    }

    /** Words in this order in one field. */
    static Query phrase(List<String> terms, Map<String, Float> fields) {
        if (terms.size() == 1) {
            return word(terms.getFirst(), fields);
        }
        List<Query> perField = new ArrayList<>();
        fields.forEach((field, boost) -> perField.add(new BoostQuery(phraseIn(field, terms, 0), boost)));
        return new DisjunctionMaxQuery(perField, TIE);
    }

    /** Every word somewhere in the document, each in whichever field: typed words are not a phrase. */
    static Query allOf(List<String> terms, Map<String, Float> fields) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        terms.forEach(term -> all.add(word(term, fields), Occur.MUST));
        return all.build();
    }

    /**
     * A bonus for documents where the words appear close together in the title or summary. Not the body: reading
     * the positions of common words in long bodies was half the time of a search that matched most of 100,000
     * documents, and kept the searcher from skipping documents that could not reach the page, for a bonus the
     * relevance set barely notices (nDCG@10 and MRR unchanged without it).
     */
    static Query proximity(List<String> terms) {
        BooleanQuery.Builder near = new BooleanQuery.Builder();
        for (String field : List.of(SearchSchema.TITLE, SearchSchema.SUMMARY)) {
            near.add(new BoostQuery(phraseIn(field, terms, PROXIMITY_SLOP), FIELDS.get(field)), Occur.SHOULD);
        }
        return new BoostQuery(near.build(), PROXIMITY);
    }

    /** A quoted phrase, synonyms included ("PSN" in quotes still finds "Public Services Network"); or null. */
    static Query quoted(String text, Map<String, Float> fields) {
        List<Query> perField = new ArrayList<>();
        for (Map.Entry<String, Float> field : fields.entrySet()) {
            Query query = QUOTED.phrase(field.getKey(), text);
            if (query == null) {
                return null;
            }
            perField.add(new BoostQuery(query, field.getValue()));
        }
        return new DisjunctionMaxQuery(perField, TIE);
    }

    /** What a minus takes away: the word or phrase as written, in any field, without synonyms; or null. */
    static Query excluded(String text) {
        List<String> terms = Concepts.indexedWords(text);
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        for (String field : FIELDS.keySet()) {
            anyField.add(phraseIn(field, terms, 0), Occur.SHOULD);
        }
        return anyField.build();
    }

    /**
     * How many of n concepts a result must match: one of up to two, then a third. Officers describe a problem in
     * their own words and the council that solved it used others, so demanding every word loses the best answers;
     * the coverage bonus (see Interpreter) still ranks documents with all the words first.
     */
    static int minimumShouldMatch(int concepts) {
        return concepts <= 2 ? Math.min(concepts, 1) : (concepts + 2) / 3;
    }

    private static Map<String, Float> weights(Object... fieldsAndWeights) {
        Map<String, Float> weights = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndWeights.length; i += 2) {
            weights.put((String) fieldsAndWeights[i], (Float) fieldsAndWeights[i + 1]);
        }
        return Collections.unmodifiableMap(weights);
    }

    private static Query phraseIn(String field, List<String> terms, int slop) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.getFirst()));
        }
        return new PhraseQuery(slop, field, terms.toArray(String[]::new));
    }

    /**
     * Lucene's own graph-to-phrase translation, fed with the synonym analysis of the search text but producing terms
     * of an indexed field (the per-field analyzer alone would analyse the text without synonyms).
     */
    private static final class Quoted extends QueryBuilder {
        Quoted() {
            super(SearchSchema.analyzer());
        }

        Query phrase(String field, String text) {
            TokenStream stream = SearchSchema.analyzer().tokenStream(SearchSchema.QUERY, text);
            return createFieldQuery(stream, Occur.MUST, field, true, 0);
        }
    }
}
