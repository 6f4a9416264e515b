package org.councilcommons.search;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.councilcommons.identity.Caller;
import org.councilcommons.identity.Role;
import org.councilcommons.platform.errors.AccessDenied;
import org.councilcommons.platform.errors.NotSignedIn;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Searching, suggestions, similar case studies, and the index's state for pages and the API. */
@ApplicationScoped
public class SearchService {

    public record Status(SearchIndex.State state, long done, long total, long appliedEventId) {
        public int percent() {
            return total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
        }
    }

    @Inject
    SearchIndex index;

    @Inject
    SearchIndexer indexer;

    @Inject
    Caller caller;

    @Inject
    org.councilcommons.maturity.PeerService peers;

    /** Results kept per index reader for repeated searches; 0 turns the cache off (to measure the engine alone). */
    @Inject
    @ConfigProperty(name = "commons.search.cache-size", defaultValue = "1024")
    int cacheSize;

    private SearchCache cache;

    @PostConstruct
    void createCache() {
        cache = new SearchCache(cacheSize);
    }

    public SearchResults search(SearchRequest request) {
        String q = request.q();
        if (q != null && !q.isBlank() && q.codePoints().noneMatch(Character::isLetterOrDigit)) {
            // only brackets, stars and the like: nothing to search for, and a sign of probing
            throw org.councilcommons.platform.errors.InvalidInput.of("q", "Enter words to search for");
        }
        requireReady();
        boolean member = caller.isSignedIn();
        if (!member && request.maturity() != null) {
            throw new org.councilcommons.platform.errors.NotSignedIn();
        }
        // the maturity facet and boost are for members: stages are shared with members, never published
        SearchRequest asked = member ? caller.councilId().flatMap(peers::stageOf).map(request::boostedAbove).orElse(request) : request.forThePublic();
        SearchResults results = index.withSearcher(s -> SearchEngine.search(s, asked, cache));
        return member ? results : results.without("maturity");
    }

    public List<String> suggest(String prefix) {
        if (prefix == null || prefix.isBlank() || prefix.length() > 100 || index.state() != SearchIndex.State.READY) {
            return List.of();
        }
        // unstripped: a trailing space tells the engine the last word is finished
        return index.withSearcher(s -> SearchEngine.suggest(s, prefix, 8));
    }

    /** Similar published case studies; none while the index is not ready (the page does without). */
    public List<SearchResults.Hit> similar(long caseStudyId) {
        if (index.state() != SearchIndex.State.READY) {
            return List.of();
        }
        return index.withSearcher(s -> SearchEngine.similar(s, CaseStudyDocuments.TYPE, caseStudyId, 4));
    }

    public Status status() {
        return new Status(index.state(), index.rebuildDone(), index.rebuildTotal(), index.appliedEventId());
    }

    /** Administrators rebuild the index from the database; the site stays up meanwhile. */
    public boolean rebuild() {
        if (!caller.isSignedIn()) {
            throw new NotSignedIn();
        }
        if (!caller.has(Role.ADMINISTRATOR)) {
            throw new AccessDenied("Only administrators can rebuild the search index");
        }
        return indexer.requestRebuild();
    }

    private void requireReady() {
        switch (index.state()) {
            case READY -> { }
            case REBUILDING -> throw new SearchUnavailable("The search index is being rebuilt (" + status().percent()
                    + "% done). Try again in a minute; browsing case studies works meanwhile.");
            default -> throw new SearchUnavailable("Search is not available at the moment. Browsing case studies works.");
        }
    }
}
