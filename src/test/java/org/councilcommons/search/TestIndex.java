package org.councilcommons.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/** An in-memory index written the way the indexer writes the real one. */
final class TestIndex implements AutoCloseable {

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private TestIndex(List<SearchDocument> documents) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SearchSchema.analyzer()))) {
            for (SearchDocument document : documents) {
                writer.updateDocument(
                        SearchSchema.idTerm(document.type(), document.id()), SearchSchema.build(document));
            }
            writer.commit();
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    static TestIndex of(List<SearchDocument> documents) {
        try {
            return new TestIndex(documents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    IndexSearcher searcher() {
        return searcher;
    }

    SearchResults search(String q) {
        return SearchEngine.search(searcher, SearchRequest.of(q));
    }

    /** Ids of the hits, best first. */
    List<Long> ids(String q) {
        return search(q).results().stream().map(SearchResults.Hit::id).toList();
    }

    static SearchDocument caseStudy(long id, String title, String summary, String body, List<String> themes,
            List<String> barriers, String councilType, String region, String status, String publishedAt) {
        return new SearchDocument("case_study", id, title, summary, body, themes, barriers, "E0600000" + id,
                "Council " + id, councilType, region, status, Instant.parse(publishedAt), "/case-studies/" + id);
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
