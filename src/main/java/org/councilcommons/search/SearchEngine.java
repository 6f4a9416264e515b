package org.councilcommons.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * Searches an index built with {@link SearchSchema}. Stateless: the caller acquires a searcher (from its
 * SearcherManager), calls one of these, and releases it; a {@link SearchCache} it passes is the only memory. Nothing
 * here writes.
 */
public final class SearchEngine {

    private static final Sort BY_DATE = new Sort(newestFirst(), SortField.FIELD_SCORE);

    /** What a hit shows; the body is stored for highlighting and is not worth loading here. */
    static final Set<String> HIT_FIELDS = Set.of(SearchSchema.TYPE, SearchSchema.ID, SearchSchema.TITLE,
            SearchSchema.COUNCIL_NAME, SearchSchema.URL, SearchSchema.SUMMARY);

    private SearchEngine() {}

    /** One page of results, with facet counts over all matches. */
    public static SearchResults search(IndexSearcher searcher, SearchRequest request) {
        return search(searcher, request, SearchCache.NONE);
    }

    /** The same, answered from {@code cache} when this reader has answered the same request before. */
    public static SearchResults search(IndexSearcher searcher, SearchRequest request, SearchCache cache) {
        return cache.get(searcher, request, () -> searchNow(searcher, request));
    }

    private static SearchResults searchNow(IndexSearcher searcher, SearchRequest request) {
        UserQuery.Interpretation meaning = UserQuery.parse(request.q()).interpret(searcher);
        if (meaning.query().all() instanceof MatchNoDocsQuery) {
            return new SearchResults(0, List.of(), SearchFacets.none(), meaning.missingTerms(), meaning.typoTolerant());
        }
        boolean byDate = request.sort().equals(SearchRequest.DATE);
        int depth = request.page() * request.size();
        try {
            RankedQuery query = meaning.query().map(q -> SearchFacets.filtered(boosted(q, request), request));
            FacetsCollector matching = matching(searcher, query.all());
            // no document has enough of the words together: show those with the most of them instead
            if (total(matching) == 0 && meaning.relaxed() != null) {
                query = meaning.relaxed().map(q -> SearchFacets.filtered(boosted(q, request), request));
                matching = matching(searcher, query.all());
            }
            if (total(matching) == 0) {
                return new SearchResults(0, List.of(), SearchFacets.count(matching), meaning.missingTerms(),
                        meaning.typoTolerant());
            }
            ScoreDoc[] top = byDate
                    ? newest(searcher, query.all(), depth)
                    : TopMatches.of(searcher, query.parts(), depth);
            int from = Math.min((request.page() - 1) * request.size(), top.length);
            int[] docs = new int[top.length - from];
            for (int i = from; i < top.length; i++) {
                docs[i - from] = top[i].doc;
            }
            String[] snippets = Snippets.of(searcher, meaning.highlight(), docs);
            StoredFields stored = searcher.storedFields();
            List<SearchResults.Hit> hits = new ArrayList<>(docs.length);
            for (int i = 0; i < docs.length; i++) {
                float score = top[from + i].score;
                hits.add(hit(stored.document(docs[i], HIT_FIELDS), snippets[i], Float.isNaN(score) ? 0f : score));
            }
            return new SearchResults(total(matching), hits, SearchFacets.count(matching), meaning.missingTerms(),
                    meaning.typoTolerant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Documents of the same type most like this one (more-like-this), without itself; empty if it is unknown. */
    public static List<SearchResults.Hit> similar(IndexSearcher searcher, String type, long id, int count) {
        return SimilarDocuments.find(searcher, type, id, count);
    }

    /** Titles with a word starting with what has been typed so far, best first; empty below two characters. */
    public static List<String> suggest(IndexSearcher searcher, String prefix, int count) {
        return TitleSuggestions.find(searcher, prefix, count);
    }

    static SearchResults.Hit hit(Document doc, String snippet, float score) {
        long id = doc.getField(SearchSchema.ID).numericValue().longValue();
        return new SearchResults.Hit(doc.get(SearchSchema.TYPE), id, doc.get(SearchSchema.TITLE),
                doc.get(SearchSchema.COUNCIL_NAME), snippet, doc.get(SearchSchema.URL), score);
    }

    /**
     * Every match, without scores: the total and the facet counts. Scoring is what costs, and only the page needs
     * it (see {@link TopMatches}); a query without scores also drops its optional clauses (coverage, proximity).
     */
    private static FacetsCollector matching(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(query, new FacetsCollectorManager());
    }

    /** The newest {@code depth} matches, equal dates by score; each with its score. */
    private static ScoreDoc[] newest(IndexSearcher searcher, Query query, int depth) throws IOException {
        ScoreDoc[] top = searcher.search(query, new TopFieldCollectorManager(BY_DATE, depth, depth)).scoreDocs;
        for (ScoreDoc d : top) {
            d.score = (Float) ((FieldDoc) d).fields[1];
        }
        return top;
    }

    /**
     * Favours, without filtering, case studies from councils one or two stages ahead of the reader's council: the
     * ones most likely to show the next step. Only a signed-in member's search carries a stage.
     */
    static Query boosted(Query query, SearchRequest request) {
        if (request.boostStage() < 1 || request.boostStage() >= 5 || !request.sort().equals(SearchRequest.RELEVANCE)) {
            return query;
        }
        org.apache.lucene.search.BooleanQuery.Builder ahead = new org.apache.lucene.search.BooleanQuery.Builder();
        for (int stage = request.boostStage() + 1; stage <= Math.min(5, request.boostStage() + 2); stage++) {
            ahead.add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(SearchSchema.MATURITY,
                    Integer.toString(stage))), org.apache.lucene.search.BooleanClause.Occur.SHOULD);
        }
        return new org.apache.lucene.search.BooleanQuery.Builder()
                .add(query, org.apache.lucene.search.BooleanClause.Occur.MUST)
                .add(new org.apache.lucene.search.BoostQuery(new org.apache.lucene.search.ConstantScoreQuery(ahead.build()),
                        AHEAD_BOOST), org.apache.lucene.search.BooleanClause.Occur.SHOULD)
                .build();
    }

    /** How much a step-ahead council's case study gains: enough to reorder near-equals, not to lift a weak match. */
    static final float AHEAD_BOOST = 0.5f;

    private static long total(FacetsCollector matching) {
        return matching.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
    }

    // documents without a date (none yet) sort last
    static SortField newestFirst() {
        return new SortField(SearchSchema.PUBLISHED, SortField.Type.LONG, true, Long.MIN_VALUE);
    }
}
