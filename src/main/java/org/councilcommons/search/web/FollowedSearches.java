package org.councilcommons.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilcommons.identity.Caller;
import org.councilcommons.platform.errors.CommonsException;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.web.Pager;
import org.councilcommons.platform.web.Pages;
import org.councilcommons.search.SavedSearch;
import org.councilcommons.search.SavedSearchService;

/** Following a search from the search page, and the list of followed searches on the account page. */
@Named("followedSearches")
@RequestScoped
public class FollowedSearches {

    @Inject
    SavedSearchService saved;

    @Inject
    Caller caller;

    private List<FieldError> errors = List.of();

    public boolean isSignedIn() {
        return caller.isSignedIn();
    }

    public String follow() {
        Map<String, String> query = new LinkedHashMap<>();
        for (String key : List.of("q", "barrier", "theme", "councilType", "region", "status")) {
            if (Pages.param(key) != null) {
                query.put(key, Pages.param(key));
            }
        }
        try {
            SavedSearch.Frequency frequency = "weekly".equals(Pages.param("frequency"))
                    ? SavedSearch.Frequency.WEEKLY : "daily".equals(Pages.param("frequency")) ? SavedSearch.Frequency.DAILY : null;
            saved.follow(query, frequency);
            query.put("followed", "1");
            Pages.redirect("/search" + Pager.queryString(query));
        } catch (CommonsException e) {
            errors = List.of(new FieldError("frequency", e.getMessage()));
        }
        return null;
    }

    public List<SavedSearch> getMine() {
        return caller.isSignedIn() ? saved.mine() : List.of();
    }

    public String unfollow() {
        try {
            saved.unfollow(Long.parseLong(Pages.param("savedSearchId")));
            Pages.redirect("/account?done=unfollowed");
        } catch (NumberFormatException | CommonsException e) {
            errors = List.of(new FieldError("savedSearchId", "That search could not be unfollowed"));
        }
        return null;
    }

    public List<FieldError> getErrors() {
        return errors;
    }
}
