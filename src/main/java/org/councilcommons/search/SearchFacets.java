package org.councilcommons.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;

/** Facet filters and counts over the sorted-set doc values that {@link SearchSchema#build} writes. */
final class SearchFacets {

    /** More values than this in one dimension are not worth a filter list. */
    static final int MAX_VALUES = 100;

    /*
     * Building the ordinal map of a multi-segment reader costs far more than counting, so it is kept per reader and
     * dropped when the reader closes (SearcherManager closes replaced readers once their last search releases them).
     */
    private static final Map<IndexReader.CacheKey, SortedSetDocValuesReaderState> STATES = new ConcurrentHashMap<>();

    private SearchFacets() {}

    static Query filtered(Query query, SearchRequest request) {
        DrillDownQuery drill = new DrillDownQuery(SearchSchema.facetsConfig(), query);
        add(drill, "type", request.type());
        add(drill, "barrier", request.barrier());
        add(drill, "theme", request.theme());
        add(drill, "councilType", request.councilType());
        add(drill, "region", request.region());
        add(drill, "status", request.status());
        return drill;
    }

    static Map<String, List<SearchResults.FacetCount>> count(IndexReader reader, FacetsCollector matching) {
        SortedSetDocValuesReaderState state = state(reader);
        if (state == null) {
            return none();
        }
        try {
            SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, matching);
            Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
            for (String dimension : SearchSchema.DIMENSIONS) {
                facets.put(dimension, values(counts, dimension));
            }
            return facets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, List<SearchResults.FacetCount>> none() {
        Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
        SearchSchema.DIMENSIONS.forEach(dimension -> facets.put(dimension, List.of()));
        return facets;
    }

    private static List<SearchResults.FacetCount> values(SortedSetDocValuesFacetCounts counts, String dimension)
            throws IOException {
        FacetResult result;
        try {
            result = counts.getTopChildren(MAX_VALUES, dimension);
        } catch (IllegalArgumentException notIndexedYet) {
            return List.of();
        }
        if (result == null) {
            return List.of();
        }
        List<SearchResults.FacetCount> values = new ArrayList<>();
        for (LabelAndValue value : result.labelValues) {
            values.add(new SearchResults.FacetCount(value.label, value.value.longValue()));
        }
        return values;
    }

    private static SortedSetDocValuesReaderState state(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return build(reader);
        }
        SortedSetDocValuesReaderState state = STATES.get(helper.getKey());
        if (state == null) {
            state = build(reader);
            if (state != null && STATES.putIfAbsent(helper.getKey(), state) == null) {
                helper.addClosedListener(STATES::remove);
            }
        }
        return state;
    }

    private static SortedSetDocValuesReaderState build(IndexReader reader) {
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, SearchSchema.facetsConfig());
        } catch (IllegalArgumentException noFacetsYet) {
            return null; // an empty index has no facet field
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(DrillDownQuery drill, String dimension, String value) {
        if (value != null) {
            drill.add(dimension, value);
        }
    }
}
