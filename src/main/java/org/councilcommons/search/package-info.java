/**
 * Search: officers finding comparable practice, with Lucene. The index is derived data (DESIGN.md, "Search").
 *
 * <p>The core is pure and takes an {@code IndexSearcher} from its caller: {@link SearchSchema} (documents, the one
 * analyzer with public-sector synonyms, facets, the schema version), {@link UserQuery} (what people type, read
 * without Lucene syntax), {@link SearchEngine} (relevance, typo tolerance, facets, highlighted snippets,
 * more-like-this, suggestions), {@link SearchCache} (results kept per index reader, so a refresh starts afresh)
 * and their package-private helpers. A search counts and facets every match in one pass without scores, and
 * scores only what can reach the page ({@code RankedQuery}, {@code TopMatches}: block-max skipping); what the
 * interpreter learns about a reader's words, and facet values' document sets, are kept per reader or segment
 * ({@code Lookups}, {@code FacetValues}). It depends on {@code platform.errors} only.
 * The index lifecycle in this package (the writer and searcher manager on disk, the outbox indexer, the service
 * pages and the API call) builds on the core. What is indexed is read from the features: {@link CaseStudyDocuments}
 * (published case studies, with the council's maturity stage when it is shared with all members) and
 * {@link DiscussionDocuments} (threads and visible replies); so this package may depend on {@code casestudy},
 * {@code council}, {@code discussion} and {@code maturity}, never the other way round.
 *
 * <p>This is the only package that imports {@code org.apache.lucene}; {@code api} and {@code web} below it go
 * through {@link SearchService} and the records of the core.
 */
package org.councilcommons.search;
