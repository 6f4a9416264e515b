package org.councilcommons.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ranking only what can reach the page must give the page that scoring every match gives. */
class TopMatchesTest {

    private static final String[] WORDS = {"council", "residents", "webcast", "meetings", "chatbot", "tax", "app",
        "young", "people", "libraries", "volunteers", "legacy", "system", "digital", "inclusion", "older", "online",
        "housing", "repairs", "open", "data", "staff", "training", "skills"};

    private static ByteBuffersDirectory directory;
    private static DirectoryReader reader;
    private static IndexSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        directory = new ByteBuffersDirectory();
        Random random = new Random(3);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SearchSchema.analyzer())
                .setMaxBufferedDocs(300))) { // several segments, so the bar carries from one to the next
            for (int id = 0; id < 1_500; id++) {
                // every third text repeats an earlier one, with the same or another date: exact ties in score
                boolean copy = id % 3 == 2;
                Random text = copy ? new Random(id / 2) : random;
                String title = words(text, 4);
                String summary = words(text, 12);
                String body = words(text, 40);
                Instant published = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(3600L * (id % 200));
                writer.addDocument(SearchSchema.build(new SearchDocument("case_study", id, title, summary, body,
                        List.of("Data"), List.of("legacy-systems"), "E06000001", "Council", "unitary", "Wales",
                        "live", published, "/case-studies/" + id)));
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    private static String words(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(WORDS[Math.min(WORDS.length - 1, (int) (Math.abs(random.nextGaussian()) * WORDS.length / 2.5))])
                    .append(' ');
        }
        return s.toString();
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void theBestPageIsTheOneThatScoringEveryMatchGives() throws IOException {
        Sort everything = new Sort(SortField.FIELD_SCORE, SearchEngine.newestFirst());
        for (String q : List.of("council", "webcast council meetings", "chatbot tax", "young people app",
                "digital inclusion older people online", "open data", "\"legacy system\" staff", "housing -repairs")) {
            RankedQuery query = UserQuery.parse(q).interpret(searcher).query();
            for (int n : new int[] {1, 10, 60}) {
                ScoreDoc[] expected = searcher.search(query.all(), new TopFieldCollectorManager(everything, n, n))
                        .scoreDocs;
                ScoreDoc[] actual = TopMatches.of(searcher, query.parts(), n);
                assertEquals(expected.length, actual.length, q + " n=" + n);
                assertTrue(expected.length > 0, q);
                for (int i = 0; i < expected.length; i++) {
                    float want = (Float) ((FieldDoc) expected[i]).fields[0];
                    assertEquals(want, actual[i].score, want * 1e-5f, q + " n=" + n + " rank " + i);
                    // the parts add the same scores in another order: only a near-tie may swap places
                    if (!nearTie(expected, i)) {
                        assertEquals(expected[i].doc, actual[i].doc, q + " n=" + n + " rank " + i);
                    }
                }
            }
        }
    }

    @Test
    void equalScoresGoNewestFirst() throws IOException {
        RankedQuery query = UserQuery.parse("webcast").interpret(searcher).query();
        ScoreDoc[] top = TopMatches.of(searcher, query.parts(), 200);
        List<Long> dates = new ArrayList<>();
        for (ScoreDoc d : top) {
            dates.add(published(d.doc));
        }
        int ties = 0;
        for (int i = 1; i < top.length; i++) {
            assertTrue(top[i].score <= top[i - 1].score);
            if (top[i].score == top[i - 1].score) {
                ties++;
                assertTrue(dates.get(i) <= dates.get(i - 1), "rank " + i);
            }
        }
        assertTrue(ties > 0, "the index has exact ties to order");
    }

    // doc values read forwards only, and the page is in score order: a fresh reader per document
    private static long published(int doc) throws IOException {
        NumericDocValues dates = MultiDocValues.getNumericValues(reader, SearchSchema.PUBLISHED);
        assertTrue(dates.advanceExact(doc));
        return dates.longValue();
    }

    private static boolean nearTie(ScoreDoc[] ranked, int i) {
        float s = (Float) ((FieldDoc) ranked[i]).fields[0];
        for (int j = Math.max(0, i - 1); j <= Math.min(ranked.length - 1, i + 1); j++) {
            float t = (Float) ((FieldDoc) ranked[j]).fields[0];
            if (j != i && Math.abs(s - t) <= s * 1e-5f) {
                return true;
            }
        }
        return false;
    }
}
