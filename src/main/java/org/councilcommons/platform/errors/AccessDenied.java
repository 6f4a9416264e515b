package org.councilcommons.platform.errors;

/** The caller is signed in but may not do this. */
public class AccessDenied extends CommonsException {

    public AccessDenied(String why) {
        super(why);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "You do not have permission to do this";
    }
}
