package org.councilcommons.platform.errors;

/** The action needs a signed-in member (or, for the API, a bearer token). */
public class NotSignedIn extends CommonsException {

    public NotSignedIn() {
        super("Sign in to do this");
    }

    @Override
    public int status() {
        return 401;
    }

    @Override
    public String title() {
        return "Authentication required";
    }
}
