package org.councilcommons.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * One segment's facet values, each with the set of its documents. A facet count is then the size of the
 * intersection of two bit sets (a few thousand machine words for 100,000 documents) instead of a doc-values read
 * per matching document, which cost most of a search that matched most documents.
 *
 * <p>Facet values are few (tens per dimension), so the sets are small: values × documents / 8 bytes. They are
 * built once per segment and kept until the segment closes; doc values never change within a segment, and deleted
 * documents never match, so deletions do not affect them. A segment with too many values is counted directly.
 */
final class FacetValues {

    /** Beyond this many bits (4 MB) a segment's values are counted by reading doc values instead. */
    static final long MAX_BITS = 32L * 1024 * 1024;

    private static final String FIELD = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
    private static final Map<IndexReader.CacheKey, FacetValues> SEGMENTS = new ConcurrentHashMap<>();

    private final String[] dimensions;
    private final String[] values;
    private final FixedBitSet[] documents; // null: counted directly

    private FacetValues(String[] dimensions, String[] values, FixedBitSet[] documents) {
        this.dimensions = dimensions;
        this.values = values;
        this.documents = documents;
    }

    static FacetValues of(LeafReader segment) throws IOException {
        IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
        if (helper == null) {
            return build(segment);
        }
        FacetValues known = SEGMENTS.get(helper.getKey());
        if (known != null) {
            return known;
        }
        FacetValues built = build(segment);
        if (SEGMENTS.putIfAbsent(helper.getKey(), built) == null) {
            helper.addClosedListener(SEGMENTS::remove);
        }
        return built;
    }

    /** Adds, per dimension and value, how many of {@code hits} (matches in this segment) have it. */
    void count(LeafReader segment, FixedBitSet hits, Map<String, Map<String, Long>> counts) throws IOException {
        long[] perValue = new long[values.length];
        if (documents != null) {
            for (int ord = 0; ord < values.length; ord++) {
                perValue[ord] = FixedBitSet.intersectionCount(hits, documents[ord]);
            }
        } else {
            SortedSetDocValues ords = DocValues.getSortedSet(segment, FIELD);
            DocIdSetIterator it = new BitSetIterator(hits, hits.cardinality());
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (ords.advanceExact(doc)) {
                    for (int i = 0; i < ords.docValueCount(); i++) {
                        perValue[(int) ords.nextOrd()]++;
                    }
                }
            }
        }
        for (int ord = 0; ord < values.length; ord++) {
            if (perValue[ord] > 0 && dimensions[ord] != null) {
                counts.computeIfAbsent(dimensions[ord], d -> new HashMap<>())
                        .merge(values[ord], perValue[ord], Long::sum);
            }
        }
    }

    private static FacetValues build(LeafReader segment) throws IOException {
        SortedSetDocValues ords = DocValues.getSortedSet(segment, FIELD);
        int count = (int) ords.getValueCount();
        String[] dimensions = new String[count];
        String[] values = new String[count];
        for (int ord = 0; ord < count; ord++) {
            String[] path = FacetsConfig.stringToPath(ords.lookupOrd(ord).utf8ToString());
            // a path without a value is a dimension's own entry (hierarchical facets only): nothing to show
            dimensions[ord] = path.length == 2 ? path[0] : null;
            values[ord] = path.length == 2 ? path[1] : null;
        }
        if ((long) count * segment.maxDoc() > MAX_BITS) {
            return new FacetValues(dimensions, values, null);
        }
        FixedBitSet[] documents = new FixedBitSet[count];
        for (int ord = 0; ord < count; ord++) {
            documents[ord] = new FixedBitSet(segment.maxDoc());
        }
        for (int doc = ords.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ords.nextDoc()) {
            for (int i = 0; i < ords.docValueCount(); i++) {
                documents[(int) ords.nextOrd()].set(doc);
            }
        }
        return new FacetValues(dimensions, values, documents);
    }
}
