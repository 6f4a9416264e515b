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

    /** From query parameters as sent: text, so that "page=abc" gets a 400 that names it rather than a 404. */
    public static Paging of(String page, String size, int defaultSize) {
        List<FieldError> errors = new ArrayList<>();
        int p = number(page, 1);
        int s = number(size, defaultSize);
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

    private static int number(String text, int absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
