package org.councilcommons.identity.web;

/** Test access to the package-private redirect check of the sign-in page. */
public final class SignInPageAccess {

    private SignInPageAccess() {}

    public static String safeNext(String next) {
        return SignInPage.safeNext(next);
    }
}
