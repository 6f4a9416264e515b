package org.councilcommons.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * Results already worked out for the same request on the same index reader, the most recently used first. A
 * reader never changes, so its answers stay right for as long as it is open; the index refreshes to a new reader
 * after every change (a publish, an edit, a withdrawal), which starts with an empty cache, and a reader's entries go
 * when it closes. Popular searches, the search page without words and the step back to an earlier page are
 * then served without searching again.
 */
public final class SearchCache {

    /** No caching: every request is searched. */
    public static final SearchCache NONE = new SearchCache(0);

    private final int size;
    private final Map<IndexReader.CacheKey, Map<SearchRequest, SearchResults>> byReader = new ConcurrentHashMap<>();

    /** @param size how many results to keep per reader; 0 keeps none */
    public SearchCache(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("size must be 0 or more");
        }
        this.size = size;
    }

    SearchResults get(IndexSearcher searcher, SearchRequest request, Supplier<SearchResults> search) {
        Map<SearchRequest, SearchResults> results = results(searcher.getIndexReader());
        if (results == null) {
            return search.get();
        }
        SearchResults known = results.get(request);
        if (known != null) {
            return known;
        }
        // two identical requests at once may both search; the answers are the same, so either may be kept
        SearchResults found = search.get();
        results.put(request, found);
        return found;
    }

    private Map<SearchRequest, SearchResults> results(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (size == 0 || helper == null) {
            return null;
        }
        return byReader.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(byReader::remove);
            return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<SearchRequest, SearchResults> eldest) {
                    return size() > SearchCache.this.size;
                }
            });
        });
    }
}
