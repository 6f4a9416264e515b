package org.councilcommons.search;

import static org.councilcommons.search.TestIndex.caseStudy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class SearchCacheTest {

    private static SearchDocument webcast(long id, String title) {
        return caseStudy(id, title, "We webcast council meetings.", "Cameras in the chamber.", List.of("Democracy"),
                List.of("legacy-systems"), "unitary", "London", "live", "2024-01-01T00:00:00Z");
    }

    private static void add(IndexWriter writer, SearchDocument d) throws IOException {
        writer.updateDocument(SearchSchema.idTerm(d.type(), d.id()), SearchSchema.build(d));
    }

    private static SearchResults search(SearcherManager searchers, SearchCache cache, SearchRequest request)
            throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return SearchEngine.search(searcher, request, cache);
        } finally {
            searchers.release(searcher);
        }
    }

    @Test
    void aRepeatedSearchOnAnUnchangedIndexIsAnsweredFromTheCache() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SearchSchema.analyzer()));
                SearcherManager searchers = new SearcherManager(writer, new SearcherFactory())) {
            add(writer, webcast(1, "Webcasting meetings"));
            searchers.maybeRefresh();
            SearchCache cache = new SearchCache(10);
            SearchResults first = search(searchers, cache, SearchRequest.of("webcast"));
            assertSame(first, search(searchers, cache, SearchRequest.of("webcast")));
            assertNotSame(first, search(searchers, SearchCache.NONE, SearchRequest.of("webcast")));
        }
    }

    @Test
    void aPublishOrWithdrawalIsSeenAsSoonAsTheIndexRefreshes() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SearchSchema.analyzer()));
                SearcherManager searchers = new SearcherManager(writer, new SearcherFactory())) {
            add(writer, webcast(1, "Webcasting meetings"));
            searchers.maybeRefresh();
            SearchCache cache = new SearchCache(10);
            SearchRequest webcasts = SearchRequest.of("webcast");
            assertEquals(1, search(searchers, cache, webcasts).total());

            add(writer, webcast(2, "Streaming the cabinet"));
            searchers.maybeRefresh();
            assertEquals(2, search(searchers, cache, webcasts).total());
            assertEquals(2, search(searchers, cache, SearchRequest.of("")).facets().get("region").getFirst().count());

            writer.deleteDocuments(SearchSchema.idTerm("case_study", 1));
            searchers.maybeRefresh();
            assertEquals(List.of(2L), search(searchers, cache, webcasts).results().stream()
                    .map(SearchResults.Hit::id).toList());
        }
    }

    @Test
    void onlyTheMostRecentlyUsedResultsAreKept() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SearchSchema.analyzer()));
                SearcherManager searchers = new SearcherManager(writer, new SearcherFactory())) {
            add(writer, webcast(1, "Webcasting meetings"));
            searchers.maybeRefresh();
            SearchCache cache = new SearchCache(2);
            SearchResults webcast = search(searchers, cache, SearchRequest.of("webcast"));
            SearchResults cameras = search(searchers, cache, SearchRequest.of("cameras"));
            assertSame(webcast, search(searchers, cache, SearchRequest.of("webcast"))); // now the most recent
            search(searchers, cache, SearchRequest.of("chamber")); // pushes out "cameras", the least recent
            assertSame(webcast, search(searchers, cache, SearchRequest.of("webcast")));
            assertNotSame(cameras, search(searchers, cache, SearchRequest.of("cameras")));
        }
    }
}
