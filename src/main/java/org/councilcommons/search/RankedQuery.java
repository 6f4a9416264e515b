package org.councilcommons.search;

import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.search.Query;

/**
 * A query, and the same matches split into parts that do not overlap and score each match exactly as the whole
 * does. Counting and facets run the whole without scores; ranking runs the parts in order into one top-n (see
 * {@link TopMatches}), so the first part's best set the bar that the later ones must clear, and the scorer can
 * skip most of their documents. The split exists for the coverage bonus (see {@link Relevance#COVERAGE}): as one
 * optional clause it can add as much as the words themselves, so no document with a few of the words could be
 * ruled out early; asked separately, documents with every word are ranked first, and those with fewer must then
 * beat them on their own.
 *
 * @param all every match
 * @param parts the same matches in disjoint parts, the ones likely to rank highest first
 */
record RankedQuery(Query all, List<Query> parts) {

    RankedQuery {
        parts = List.copyOf(parts);
    }

    /** A query ranked as a whole. */
    static RankedQuery of(Query query) {
        return new RankedQuery(query, List.of(query));
    }

    /** The same with each query wrapped (filters, boosts): they apply to every part alike. */
    RankedQuery map(UnaryOperator<Query> wrap) {
        return new RankedQuery(wrap.apply(all), parts.stream().map(wrap).toList());
    }
}
