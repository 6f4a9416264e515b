package org.councilcommons.identity;

import jakarta.enterprise.context.RequestScoped;

/**
 * Why this request's sign-in failed, for the sign-in page to explain (the container only hears "invalid").
 * Request-scoped, so it never outlives the attempt.
 */
@RequestScoped
public class SignInOutcome {

    private SignInService.Outcome outcome;

    void set(SignInService.Outcome outcome) {
        this.outcome = outcome;
    }

    public SignInService.Outcome get() {
        return outcome;
    }
}
