package org.councilcommons.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.errors.InvalidInput;

/**
 * One search as a user asked for it: text, facet filters, order and page. Construction checks every field and
 * throws {@link InvalidInput} naming all that are wrong, so a hostile request is refused before it reaches the index.
 * An empty {@code q} browses: everything that passes the filters, newest first.
 */
public record SearchRequest(
        String q, String type, String barrier, String theme, String councilType, String region, String status,
        String sort, int page, int size, String maturity, int boostStage) {

    public static final String RELEVANCE = "relevance";
    public static final String DATE = "date";
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 50;
    /** Results beyond this are not served: people refine a search long before, and deep pages cost the most. */
    public static final int MAX_DEPTH = 1000;
    static final int MAX_FILTER_LENGTH = 100;

    public SearchRequest {
        q = q == null ? "" : q.strip();
        type = filter(type);
        barrier = filter(barrier);
        theme = filter(theme);
        councilType = filter(councilType);
        region = filter(region);
        status = filter(status);
        maturity = filter(maturity);
        sort = sort == null || sort.isBlank() ? RELEVANCE : sort.strip().toLowerCase(Locale.ROOT);

        List<FieldError> errors = new ArrayList<>(UserQuery.problems(q));
        checkFilter(errors, "type", type);
        checkFilter(errors, "barrier", barrier);
        checkFilter(errors, "theme", theme);
        checkFilter(errors, "councilType", councilType);
        checkFilter(errors, "region", region);
        checkFilter(errors, "status", status);
        if (maturity != null && !maturity.matches("[1-5]")) {
            errors.add(new FieldError("maturity", "Maturity is a stage from 1 to 5"));
        }
        if (!sort.equals(RELEVANCE) && !sort.equals(DATE)) {
            errors.add(new FieldError("sort", "Sort by relevance or date"));
        }
        if (page < 1) {
            errors.add(new FieldError("page", "Page must be 1 or more"));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(new FieldError("size", "Results per page must be between 1 and " + MAX_SIZE));
        } else if (page >= 1 && (long) page * size > MAX_DEPTH) {
            errors.add(new FieldError("page", "Only the first " + MAX_DEPTH
                    + " results can be shown. Narrow your search with more words or a filter"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** A search without the maturity filter or boost. */
    public SearchRequest(String q, String type, String barrier, String theme, String councilType, String region,
            String status, String sort, int page, int size) {
        this(q, type, barrier, theme, councilType, region, status, sort, page, size, null, 0);
    }

    /** The same search, limited to what anyone may ask: no maturity filter, no boost (for callers not signed in). */
    public SearchRequest forThePublic() {
        return new SearchRequest(q, type, barrier, theme, councilType, region, status, sort, page, size, null, 0);
    }

    /** The same search, favouring case studies from councils at the stages just ahead of {@code stage}. */
    public SearchRequest boostedAbove(int stage) {
        return new SearchRequest(q, type, barrier, theme, councilType, region, status, sort, page, size, maturity, stage);
    }

    /** As the API receives it: a missing page is the first, a missing size the default. */
    public static SearchRequest of(String q, String type, String barrier, String theme, String councilType,
            String region, String status, String sort, Integer page, Integer size) {
        return new SearchRequest(q, type, barrier, theme, councilType, region, status, sort,
                page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
    }

    /** Just some words, first page, by relevance. */
    public static SearchRequest of(String q) {
        return of(q, null, null, null, null, null, null, null, null, null);
    }

    /** True when nothing was typed: the filters alone choose what is shown. */
    public boolean browsing() {
        return q.isEmpty();
    }

    private static String filter(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void checkFilter(List<FieldError> errors, String field, String value) {
        if (value != null && value.length() > MAX_FILTER_LENGTH) {
            errors.add(new FieldError(field, "Choose a value from the list of filters"));
        }
    }
}
