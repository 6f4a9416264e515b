package org.councilcommons.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.councilcommons.identity.Caller;
import org.councilcommons.identity.Role;
import org.councilcommons.platform.web.Pages;
import org.councilcommons.search.SearchService;

/** Administrators see the index's state and can rebuild it. */
@Named("searchAdmin")
@RequestScoped
public class SearchAdminPage {

    @Inject
    SearchService search;

    @Inject
    Caller caller;

    public void check() {
        if (!caller.has(Role.ADMINISTRATOR)) {
            Pages.sendError(403);
        }
    }

    public SearchService.Status getStatus() {
        return search.status();
    }

    public String rebuild() {
        search.rebuild();
        Pages.redirect("/admin/search?done=rebuilding");
        return null;
    }
}
