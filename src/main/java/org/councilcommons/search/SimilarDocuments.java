package org.councilcommons.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * "Similar case studies": more-like-this over title, summary, body and themes. The document's most distinctive
 * words (by tf-idf) become the query, so two councils that both write about "webcasting planning committees" meet,
 * while words every case study uses ("council", "residents") are ignored.
 */
final class SimilarDocuments {

    static final int MAX_COUNT = 20;

    private SimilarDocuments() {}

    static List<SearchResults.Hit> find(IndexSearcher searcher, String type, long id, int count) {
        int wanted = Math.clamp(count, 1, MAX_COUNT);
        Term key = SearchSchema.idTerm(type, id);
        try {
            TopDocs self = searcher.search(new TermQuery(key), 1);
            if (self.scoreDocs.length == 0) {
                return List.of();
            }
            MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
            like.setAnalyzer(SearchSchema.analyzer());
            like.setFieldNames(new String[] {
                SearchSchema.TITLE, SearchSchema.SUMMARY, SearchSchema.BODY, SearchSchema.THEMES});
            // case studies are short: a word said once is already a signal, and one other document sharing it is
            // enough to make it useful; a word in more than a third of all documents says little
            like.setMinTermFreq(1);
            like.setMinDocFreq(2);
            like.setMaxDocFreqPct(33);
            like.setMaxQueryTerms(30);
            like.setBoost(true);
            Query similar = new BooleanQuery.Builder()
                    .add(like.like(self.scoreDocs[0].doc), Occur.MUST)
                    .add(new TermQuery(new Term(SearchSchema.TYPE, type)), Occur.FILTER)
                    .add(new TermQuery(key), Occur.MUST_NOT)
                    .build();
            TopDocs top = searcher.search(similar, wanted);
            StoredFields stored = searcher.storedFields();
            List<SearchResults.Hit> hits = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                Document doc = stored.document(hit.doc, SearchEngine.HIT_FIELDS);
                hits.add(SearchEngine.hit(doc, Snippets.plain(doc.get(SearchSchema.SUMMARY)), hit.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
