package org.councilcommons.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;

/**
 * Facet filters and counts over the sorted-set doc values that {@link SearchSchema#build} writes. Counting
 * intersects the matching documents with each value's documents ({@link FacetValues}), so it costs the same
 * whether a search matches ten documents or all of them.
 */
final class SearchFacets {

    /** More values than this in one dimension are not worth a filter list. */
    static final int MAX_VALUES = 100;

    private SearchFacets() {}

    static Query filtered(Query query, SearchRequest request) {
        DrillDownQuery drill = new DrillDownQuery(SearchSchema.facetsConfig(), query);
        add(drill, "type", request.type());
        add(drill, "barrier", request.barrier());
        add(drill, "theme", request.theme());
        add(drill, "councilType", request.councilType());
        add(drill, "region", request.region());
        add(drill, "status", request.status());
        add(drill, "maturity", request.maturity());
        return drill;
    }

    /** Per dimension, how many of the matching documents have each value: largest first, then by value. */
    static Map<String, List<SearchResults.FacetCount>> count(FacetsCollector matching) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        try {
            for (FacetsCollector.MatchingDocs segment : matching.getMatchingDocs()) {
                if (segment.totalHits() > 0) {
                    FixedBitSet hits = bits(segment.bits(), segment.context().reader().maxDoc());
                    LeafReader reader = segment.context().reader();
                    FacetValues.of(reader).count(reader, hits, counts);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
        for (String dimension : SearchSchema.DIMENSIONS) {
            facets.put(dimension, largestFirst(counts.getOrDefault(dimension, Map.of())));
        }
        return facets;
    }

    static Map<String, List<SearchResults.FacetCount>> none() {
        Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
        SearchSchema.DIMENSIONS.forEach(dimension -> facets.put(dimension, List.of()));
        return facets;
    }

    private static List<SearchResults.FacetCount> largestFirst(Map<String, Long> counts) {
        List<SearchResults.FacetCount> values = new ArrayList<>();
        counts.forEach((value, count) -> {
            if (count > 0) {
                values.add(new SearchResults.FacetCount(value, count));
            }
        });
        values.sort(Comparator.comparingLong(SearchResults.FacetCount::count).reversed()
                .thenComparing(SearchResults.FacetCount::value));
        return values.size() > MAX_VALUES ? List.copyOf(values.subList(0, MAX_VALUES)) : values;
    }

    // the facets collector keeps dense matches as a bit set already; sparse ones are copied into one
    private static FixedBitSet bits(DocIdSet docs, int maxDoc) throws IOException {
        if (docs instanceof BitDocIdSet set && set.bits() instanceof FixedBitSet fixed) {
            return fixed;
        }
        FixedBitSet bits = new FixedBitSet(maxDoc);
        bits.or(docs.iterator());
        return bits;
    }

    private static void add(DrillDownQuery drill, String dimension, String value) {
        if (value != null) {
            drill.add(dimension, value);
        }
    }
}
