package org.councilcommons.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of results.
 *
 * @param total how many documents match in all (not only this page)
 * @param facets counts among all matching documents, per dimension ("barrier", "theme", "councilType", "region",
 *     "status", "type"), largest first; every dimension is present, possibly with an empty list
 * @param missingTerms words or phrases as typed that match nothing, not even as a typo; the results are for the rest
 * @param typoTolerant some word was matched approximately ("webcsat" found "webcast")
 */
public record SearchResults(
        long total, List<Hit> results, Map<String, List<FacetCount>> facets, List<String> missingTerms,
        boolean typoTolerant) {

    public SearchResults {
        results = List.copyOf(results);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets)); // keeps the dimensions in page order
        missingTerms = List.copyOf(missingTerms);
    }

    /**
     * @param council the council's name
     * @param snippet HTML: matched words in {@code <mark>}, all other text escaped; insert it as markup, as it is
     */
    public record Hit(String type, long id, String title, String council, String snippet, String url, float score) {}

    public record FacetCount(String value, long count) {}

    /** The same results without one facet dimension (for readers who may not see it). */
    public SearchResults without(String dimension) {
        java.util.Map<String, List<FacetCount>> kept = new LinkedHashMap<>(facets);
        kept.remove(dimension);
        return new SearchResults(total, results, kept, missingTerms, typoTolerant);
    }
}
