package org.councilcommons.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.PriorityQueue;

/**
 * The best {@code n} matches by score, newest first among equal scores, then in index order: the order
 * {@code Sort(score, newest)} gives, without scoring every match. Once n are held, the scorer is told the lowest
 * score still worth having, so it can skip whole blocks of documents that cannot reach it (block-max WAND). Equal
 * scores still arrive, because a newer document with the same score must win a place; Lucene's own top-score
 * collector breaks ties by document number instead. Counting and facets are a separate, non-scoring pass.
 *
 * <p>The parts of a {@link RankedQuery} are searched one after the other into the same n, so a later part starts
 * with the bar the earlier ones set. The searcher must search its segments one at a time (the index's searchers
 * have no executor), since every collector writes to that one n.
 */
final class TopMatches implements CollectorManager<TopMatches.Collector, Void> {

    private final Queue queue;
    private final int n;

    private TopMatches(int n) {
        this.n = n;
        this.queue = new Queue(n);
    }

    /** The best {@code n} matches over all the (disjoint) parts, best first. */
    static ScoreDoc[] of(IndexSearcher searcher, List<Query> parts, int n) throws IOException {
        TopMatches top = new TopMatches(n);
        for (Query part : parts) {
            searcher.search(part, top);
        }
        ScoreDoc[] best = new ScoreDoc[top.queue.size()];
        for (int i = best.length - 1; i >= 0; i--) {
            Match m = top.queue.pop();
            best[i] = new ScoreDoc(m.doc, m.score);
        }
        return best;
    }

    @Override
    public Collector newCollector() {
        return new Collector(queue, n);
    }

    @Override
    public Void reduce(Collection<Collector> collectors) {
        return null; // the collectors share the queue
    }

    private record Match(float score, long published, int doc) {}

    /** Least competitive on top: lower score, then older, then later in the index. */
    private static final class Queue extends PriorityQueue<Match> {
        Queue(int size) {
            super(size);
        }

        @Override
        protected boolean lessThan(Match a, Match b) {
            if (a.score != b.score) {
                return a.score < b.score;
            }
            if (a.published != b.published) {
                return a.published < b.published;
            }
            return a.doc > b.doc;
        }
    }

    static final class Collector extends SimpleCollector {

        private final Queue queue;
        private final int n;
        private Scorable scorer;
        private NumericDocValues published;
        private int docBase;

        Collector(Queue queue, int n) {
            this.queue = queue;
            this.n = n;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            docBase = context.docBase;
            published = DocValues.getNumeric(context.reader(), SearchSchema.PUBLISHED);
        }

        @Override
        public void setScorer(Scorable scorer) throws IOException {
            this.scorer = scorer;
            if (queue.size() == n) {
                scorer.setMinCompetitiveScore(queue.top().score);
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            float score = scorer.score();
            boolean full = queue.size() == n;
            if (full && score < queue.top().score) {
                return;
            }
            // documents without a date sort last, as in SearchEngine.newestFirst
            long date = published.advanceExact(doc) ? published.longValue() : Long.MIN_VALUE;
            Match match = new Match(score, date, docBase + doc);
            if (full && !queue.lessThan(queue.top(), match)) {
                return;
            }
            queue.insertWithOverflow(match);
            if (queue.size() == n) {
                scorer.setMinCompetitiveScore(queue.top().score);
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.TOP_SCORES;
        }
    }
}
