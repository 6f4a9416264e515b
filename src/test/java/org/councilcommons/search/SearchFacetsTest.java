package org.councilcommons.search;

import static org.councilcommons.search.TestIndex.caseStudy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class SearchFacetsTest {

    private static final String[] BARRIERS = {"legacy-systems", "up-front-funding", "psn-compliance"};
    private static final String[] REGIONS = {"London", "Wales", "South East", "North West"};

    /** Several segments, some documents replaced or deleted: the shape of a live index between merges. */
    private static DirectoryReader liveIndex(ByteBuffersDirectory directory) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(SearchSchema.analyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int id = 1; id <= 120; id++) {
                String body = id % 5 == 0 ? "a chatbot answers questions" : "the council webcasts its meetings";
                SearchDocument d = caseStudy(id, "Case study " + id, "Summary " + id, body,
                        id % 3 == 0 ? List.of("Democracy", "Open data") : List.of("Democracy"),
                        List.of(BARRIERS[id % BARRIERS.length]), id % 2 == 0 ? "unitary" : "district",
                        REGIONS[id % REGIONS.length], "live", "2024-01-01T00:00:00Z");
                writer.updateDocument(SearchSchema.idTerm(d.type(), d.id()), SearchSchema.build(d));
                if (id % 40 == 0) {
                    writer.commit(); // a new segment
                }
            }
            for (int id = 7; id <= 120; id += 11) {
                writer.deleteDocuments(SearchSchema.idTerm("case_study", id));
            }
            SearchDocument moved = caseStudy(2, "Case study 2", "Summary 2", "the council webcasts its meetings",
                    List.of("Democracy"), List.of("psn-compliance"), "county", "Wales", "live", "2024-01-01T00:00:00Z");
            writer.updateDocument(SearchSchema.idTerm(moved.type(), moved.id()), SearchSchema.build(moved));
            writer.commit();
        }
        return DirectoryReader.open(directory);
    }

    @Test
    void eachFacetCountIsWhatFilteringByThatValueFinds() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory(); DirectoryReader reader = liveIndex(directory)) {
            assertTrue(reader.leaves().size() > 1);
            IndexSearcher searcher = new IndexSearcher(reader);
            for (String q : List.of("webcast", "chatbot", "")) {
                SearchResults all = SearchEngine.search(searcher, SearchRequest.of(q, null, null, null, null, null,
                        null, null, null, 1));
                assertTrue(all.total() > 0);
                for (Map.Entry<String, List<SearchResults.FacetCount>> dimension : all.facets().entrySet()) {
                    long sum = 0;
                    for (SearchResults.FacetCount value : dimension.getValue()) {
                        assertEquals(filtered(searcher, q, dimension.getKey(), value.value()), value.count(),
                                q + " " + dimension.getKey() + "=" + value.value());
                        sum += value.count();
                    }
                    if (dimension.getKey().equals("region") || dimension.getKey().equals("councilType")) {
                        assertEquals(all.total(), sum, "every match has one " + dimension.getKey());
                    }
                }
            }
        }
    }

    @Test
    void countsAreLargestFirstThenByValue() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory(); DirectoryReader reader = liveIndex(directory)) {
            List<SearchResults.FacetCount> themes = SearchEngine.search(new IndexSearcher(reader),
                    SearchRequest.of("")).facets().get("theme");
            assertEquals(List.of("Democracy", "Open data"), themes.stream().map(SearchResults.FacetCount::value).toList());
            assertEquals(reader.numDocs(), themes.getFirst().count());
        }
    }

    private static long filtered(IndexSearcher searcher, String q, String dimension, String value) {
        SearchRequest request = switch (dimension) {
            case "type" -> SearchRequest.of(q, value, null, null, null, null, null, null, null, 1);
            case "barrier" -> SearchRequest.of(q, null, value, null, null, null, null, null, null, 1);
            case "theme" -> SearchRequest.of(q, null, null, value, null, null, null, null, null, 1);
            case "councilType" -> SearchRequest.of(q, null, null, null, value, null, null, null, null, 1);
            case "region" -> SearchRequest.of(q, null, null, null, null, value, null, null, null, 1);
            case "status" -> SearchRequest.of(q, null, null, null, null, null, value, null, null, 1);
            default -> throw new IllegalArgumentException(dimension);
        };
        return SearchEngine.search(searcher, request).total();
    }
}
