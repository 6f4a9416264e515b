package org.councilcommons.search.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilcommons.casestudy.Barrier;
import org.councilcommons.casestudy.ProjectStatus;
import org.councilcommons.council.CouncilType;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.platform.web.Pager;
import org.councilcommons.platform.web.Pages;
import org.councilcommons.search.SearchRequest;
import org.councilcommons.search.SearchResults;
import org.councilcommons.search.SearchService;
import org.councilcommons.search.SearchUnavailable;

/**
 * The search page: a GET form, so every search and filter has an address to share; facets as links with
 * counts (the MOJ filter pattern, without JavaScript); a clear message instead of an error page.
 */
@Named("searchPage")
@RequestScoped
public class SearchPage {

    static final int PAGE_SIZE = 10;
    static final List<String> FACETS = List.of("type", "barrier", "theme", "councilType", "region", "status", "maturity");

    public record FacetLink(String label, long count, String href, boolean selected) {}

    public record FacetGroup(String key, String title, List<FacetLink> links) {}

    public record Selected(String label, String removeHref) {}

    @Inject
    SearchService search;

    private final Map<String, String> query = new LinkedHashMap<>();
    private SearchResults results;
    @jakarta.inject.Inject
    org.councilcommons.identity.Caller caller;

    private Pager pager;
    private List<FieldError> errors = List.of();
    private String unavailable;

    @PostConstruct
    void load() {
        for (String key : List.of("q", "type", "barrier", "theme", "councilType", "region", "status", "maturity", "sort")) {
            String v = Pages.param(key);
            if (key.equals("maturity") && !caller.isSignedIn()) {
                continue; // stages are shown to members only
            }
            if (v != null) {
                query.put(key, v);
            }
        }
        int page = 1;
        try {
            page = Pages.param("page") == null ? 1 : Integer.parseInt(Pages.param("page"));
        } catch (NumberFormatException e) {
            page = 1;
        }
        try {
            results = search.search(new SearchRequest(query.get("q"), query.get("type"), query.get("barrier"), query.get("theme"),
                    query.get("councilType"), query.get("region"), query.get("status"), query.get("sort"), page, PAGE_SIZE,
                    query.get("maturity"), 0));
            int pages = (int) Math.max(1, Math.min((results.total() + PAGE_SIZE - 1) / PAGE_SIZE, 1000 / PAGE_SIZE));
            pager = Pager.of("/search", query, page, pages);
        } catch (InvalidInput e) {
            errors = e.errors();
        } catch (SearchUnavailable e) {
            unavailable = e.getMessage();
        }
    }

    public List<FacetGroup> getFacets() {
        List<FacetGroup> groups = new ArrayList<>();
        if (results == null) {
            return groups;
        }
        for (String key : FACETS) {
            List<FacetLink> links = new ArrayList<>();
            for (SearchResults.FacetCount c : results.facets().getOrDefault(key, List.of())) {
                Map<String, String> q = new LinkedHashMap<>(query);
                boolean selected = c.value().equals(query.get(key));
                if (selected) {
                    q.remove(key);
                } else {
                    q.put(key, c.value());
                }
                links.add(new FacetLink(label(key, c.value()), c.count(), "/search" + Pager.queryString(q), selected));
            }
            if (!links.isEmpty()) {
                groups.add(new FacetGroup(key, title(key), links));
            }
        }
        return groups;
    }

    public List<Selected> getSelected() {
        List<Selected> selected = new ArrayList<>();
        for (String key : FACETS) {
            if (query.containsKey(key)) {
                Map<String, String> q = new LinkedHashMap<>(query);
                q.remove(key);
                selected.add(new Selected(title(key) + ": " + label(key, query.get(key)), "/search" + Pager.queryString(q)));
            }
        }
        return selected;
    }

    static String title(String key) {
        return switch (key) {
            case "type" -> "Type of result";
            case "barrier" -> "Barrier";
            case "theme" -> "Theme";
            case "councilType" -> "Type of council";
            case "region" -> "Region";
            case "status" -> "Project status";
            case "maturity" -> "Council's maturity stage";
            default -> key;
        };
    }

    static String label(String key, String value) {
        return switch (key) {
            case "type" -> switch (value) {
                case "case_study" -> "Case studies";
                case "thread" -> "Discussion threads";
                case "post" -> "Replies in discussions";
                default -> value;
            };
            case "barrier" -> Barrier.parse(value).map(Barrier::label).orElse(value);
            case "status" -> ProjectStatus.parse(value).map(ProjectStatus::label).orElse(value);
            case "councilType" -> CouncilType.parse(value).map(CouncilType::label).orElse(value);
            case "maturity" -> "Stage " + value + " (" + switch (value) {
                case "1" -> "starting";
                case "2" -> "developing";
                case "3" -> "established";
                case "4" -> "advanced";
                default -> "leading";
            } + ")";
            default -> value;
        };
    }

    public String sortHref(String sort) {
        Map<String, String> q = new LinkedHashMap<>(query);
        q.remove("page");
        if ("date".equals(sort)) {
            q.put("sort", "date");
        } else {
            q.remove("sort");
        }
        return "/search" + Pager.queryString(q);
    }

    public boolean isSortedByDate() {
        return "date".equals(query.get("sort"));
    }

    public SearchResults getResults() {
        return results;
    }

    public Pager getPager() {
        return pager;
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public String getUnavailable() {
        return unavailable;
    }

    public String getQ() {
        return query.get("q");
    }

    public boolean isSearched() {
        return !query.isEmpty();
    }
}
