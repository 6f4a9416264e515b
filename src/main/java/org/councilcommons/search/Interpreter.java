package org.councilcommons.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Turns a {@link UserQuery} into the query this index can answer. Each concept is checked against the index
 * first: one the index has never seen is read as a typo, and failing that dropped and named, so that "webcast
 * zzzzqqq" still finds the webcasts. The checks are term lookups (docFreq), or for phrases a search that stops at
 * the first match; without a searcher nothing is checked. Answers are kept per reader ({@link Lookups}).
 */
final class Interpreter {

    private final IndexSearcher searcher;
    private final Lookups lookups;
    private final List<Query> concepts = new ArrayList<>();
    private final List<Query> phrases = new ArrayList<>();
    private final List<Query> exclusions = new ArrayList<>();
    private final List<Query> highlights = new ArrayList<>();
    private final List<String> nearby = new ArrayList<>();
    private final List<String> missing = new ArrayList<>();
    private boolean typo;
    private int guesses;
    private boolean askedForSomething;

    private Interpreter(IndexSearcher searcher) {
        this.searcher = searcher;
        this.lookups = searcher == null ? null : Lookups.of(searcher.getIndexReader());
    }

    static UserQuery.Interpretation interpret(UserQuery user, IndexSearcher searcher) {
        Interpreter interpreter = new Interpreter(searcher);
        Concepts.of(user.words()).forEach(interpreter::concept);
        user.phrases().forEach(interpreter::phrase);
        user.excludedWords().forEach(interpreter::exclusion);
        user.excludedPhrases().forEach(interpreter::exclusion);
        return interpreter.interpretation();
    }

    private void concept(Concepts.Concept concept) {
        askedForSomething = true;
        Query query = Relevance.concept(concept, Relevance.FIELDS);
        if (searcher == null || lookups.occurs(query, () -> found(concept, query))) {
            concepts.add(query);
            highlights.add(Relevance.concept(concept, Relevance.SNIPPET_FIELDS));
            if (concept.singleWord()) {
                nearby.add(concept.typed().getFirst());
            }
            return;
        }
        String word = concept.typed().getFirst();
        Concepts.Concept corrected = concept.singleWord() && guesses++ < Typos.MAX_PER_SEARCH
                ? lookups.correction(word, () -> Optional.ofNullable(Typos.correct(searcher.getIndexReader(), word)))
                        .orElse(null)
                : null;
        if (corrected == null) {
            missing.add(concept.text());
            return;
        }
        concepts.add(new BoostQuery(Relevance.concept(corrected, Relevance.FIELDS), Relevance.TYPO));
        highlights.add(Relevance.concept(corrected, Relevance.SNIPPET_FIELDS));
        typo = true;
    }

    private void phrase(String text) {
        Query phrase = Relevance.quoted(text, Relevance.FIELDS);
        if (phrase == null) {
            return; // nothing but stop words or punctuation between the quotes
        }
        askedForSomething = true;
        if (searcher == null || lookups.occurs(phrase, () -> any(phrase))) {
            phrases.add(phrase);
            highlights.add(Relevance.quoted(text, Relevance.SNIPPET_FIELDS));
        } else {
            missing.add("\"" + text + "\"");
        }
    }

    private void exclusion(String text) {
        Query excluded = Relevance.excluded(text);
        if (excluded != null) {
            exclusions.add(excluded);
        }
    }

    private UserQuery.Interpretation interpretation() {
        if (askedForSomething && concepts.isEmpty() && phrases.isEmpty()) {
            return new UserQuery.Interpretation(RankedQuery.of(new MatchNoDocsQuery("no word is in the index")), null,
                    new MatchNoDocsQuery("nothing to highlight"), missing, typo, false);
        }
        int required = Relevance.minimumShouldMatch(concepts.size());
        RankedQuery query = ranked(required);
        RankedQuery relaxed = required > 1 ? ranked(1) : null;
        BooleanQuery.Builder highlight = new BooleanQuery.Builder();
        highlights.forEach(h -> highlight.add(h, Occur.SHOULD));
        return new UserQuery.Interpretation(query, relaxed, highlight.build(), missing, typo, !askedForSomething);
    }

    /**
     * The query, and for ranking the same split by whether every concept matched: those documents score their words
     * plus the coverage bonus, the rest their words alone, exactly as in the whole query (see {@link RankedQuery}).
     */
    private RankedQuery ranked(int required) {
        Query all = assemble(required);
        if (required >= concepts.size()) {
            return RankedQuery.of(all);
        }
        BooleanQuery.Builder every = new BooleanQuery.Builder()
                .add(new BoostQuery(everyConcept(), 1 + Relevance.COVERAGE), Occur.MUST);
        BooleanQuery.Builder fewer = new BooleanQuery.Builder()
                .add(someConcepts(required), Occur.MUST)
                .add(everyConcept(), Occur.MUST_NOT);
        return new RankedQuery(all, List.of(rest(every), rest(fewer)));
    }

    private Query assemble(int required) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (!concepts.isEmpty()) {
            query.add(someConcepts(required), Occur.MUST);
            if (required < concepts.size()) {
                query.add(new BoostQuery(everyConcept(), Relevance.COVERAGE), Occur.SHOULD);
            }
        }
        return rest(query);
    }

    private Query someConcepts(int required) {
        BooleanQuery.Builder words = new BooleanQuery.Builder().setMinimumNumberShouldMatch(required);
        concepts.forEach(concept -> words.add(concept, Occur.SHOULD));
        return words.build();
    }

    private Query everyConcept() {
        BooleanQuery.Builder all = new BooleanQuery.Builder().setMinimumNumberShouldMatch(concepts.size());
        concepts.forEach(concept -> all.add(concept, Occur.SHOULD));
        return all.build();
    }

    /** What every form of the query shares: quoted phrases, the proximity bonus and exclusions. */
    private Query rest(BooleanQuery.Builder query) {
        phrases.forEach(phrase -> query.add(phrase, Occur.MUST));
        if (concepts.isEmpty() && phrases.isEmpty()) {
            query.add(MatchAllDocsQuery.INSTANCE, Occur.MUST);
        }
        if (nearby.size() > 1) {
            query.add(Relevance.proximity(nearby), Occur.SHOULD);
        }
        exclusions.forEach(exclusion -> query.add(exclusion, Occur.MUST_NOT));
        return query.build();
    }

    /** Whether any way of saying the concept occurs: cheap term statistics first, a search only for phrases. */
    private boolean found(Concepts.Concept concept, Query query) {
        IndexReader reader = searcher.getIndexReader();
        if (concept.singleWord() && known(reader, concept.typed().getFirst())) {
            return true;
        }
        for (List<String> synonym : concept.synonyms()) {
            if (synonym.size() == 1 && known(reader, synonym.getFirst())) {
                return true;
            }
        }
        boolean onlySingleWords = concept.singleWord() && concept.synonyms().stream().allMatch(s -> s.size() == 1);
        return !onlySingleWords && any(query);
    }

    private static boolean known(IndexReader reader, String term) {
        try {
            for (String field : Relevance.FIELDS.keySet()) {
                if (reader.docFreq(new Term(field, term)) > 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether any document matches; stops at the first rather than counting them all. */
    private boolean any(Query query) {
        try {
            return searcher.search(query, new FirstMatch());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class FirstMatch implements CollectorManager<FirstMatch.Collector, Boolean> {

        private final AtomicBoolean found = new AtomicBoolean();

        @Override
        public Collector newCollector() {
            return new Collector();
        }

        @Override
        public Boolean reduce(Collection<Collector> collectors) {
            return found.get();
        }

        final class Collector extends SimpleCollector {

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                if (found.get()) {
                    throw new CollectionTerminatedException(); // the searcher skips the segment
                }
            }

            @Override
            public void collect(int doc) {
                found.set(true);
                throw new CollectionTerminatedException();
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        }
    }
}
