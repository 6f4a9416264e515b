package org.councilcommons.search;

import static org.councilcommons.search.TestIndex.caseStudy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class LookupsTest {

    private static SearchDocument doc(long id, String title) {
        return caseStudy(id, title, "A summary.", "A body.", List.of("Data"), List.of("legacy-systems"),
                "county", "Wales", "live", "2024-01-01T09:00:00Z");
    }

    @Test
    void aReaderAsksTheIndexOnceAndANewReaderAsksAgain() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(SearchSchema.analyzer()))) {
            writer.addDocument(SearchSchema.build(doc(1, "Webcasting council meetings")));
            writer.commit();
            AtomicInteger asked = new AtomicInteger();
            try (DirectoryReader first = DirectoryReader.open(dir)) {
                Lookups lookups = Lookups.of(first);
                assertFalse(lookups.occurs("chatbot", () -> asked.incrementAndGet() < 0));
                assertFalse(lookups.occurs("chatbot", () -> asked.incrementAndGet() < 0));
                assertEquals(Optional.empty(), lookups.correction("chatbto", () -> {
                    asked.incrementAndGet();
                    return Optional.empty();
                }));
                assertEquals(Optional.empty(), lookups.correction("chatbto", Optional::empty));
                assertEquals(2, asked.get(), "each question reached the index once");
            }
            writer.addDocument(SearchSchema.build(doc(2, "A chatbot for council tax")));
            writer.commit();
            try (DirectoryReader second = DirectoryReader.open(dir)) {
                // the new reader knows the new word: nothing learnt from the old one carries over
                assertTrue(Lookups.of(second).occurs("chatbot", () -> true));
                IndexSearcher searcher = new IndexSearcher(second);
                SearchResults found = SearchEngine.search(searcher, SearchRequest.of("chatbot"));
                assertEquals(1, found.total());
                assertEquals(List.of(), found.missingTerms());
            }
        }
    }
}
