package org.councilcommons.search;

import org.councilcommons.platform.errors.CommonsException;

/** The index is being rebuilt (or could not be opened): search says so rather than giving partial answers. */
public class SearchUnavailable extends CommonsException {

    public SearchUnavailable(String detail) {
        super(detail);
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String title() {
        return "Search is being rebuilt";
    }
}
