package org.councilcommons.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.errors.InvalidInput;

/** Page numbers as people count them (from 1), with caps so nobody can ask for a million rows or page 10^9. */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 10_000;

    /** Zero-based index of the page, for repositories. */
    public int index() {
        return page - 1;
    }

    public static Paging of(Integer page, Integer size, int defaultSize) {
        List<FieldError> errors = new ArrayList<>();
        int p = page == null ? 1 : page;
        int s = size == null ? defaultSize : size;
        if (p < 1 || p > MAX_PAGE) {
            errors.add(new FieldError("page", "Page must be a whole number from 1 to " + MAX_PAGE));
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add(new FieldError("size", "Size must be a whole number from 1 to " + MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Paging(p, s);
    }
}
