package org.councilcommons.platform.errors;

/** Nothing with that id or code exists, or the caller may not know that it exists. */
public class NotFound extends CommonsException {

    public NotFound(String what) {
        super(what);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String title() {
        return "Not found";
    }
}
