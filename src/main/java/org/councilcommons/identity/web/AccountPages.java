package org.councilcommons.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.councilcommons.identity.PasswordService;
import org.councilcommons.identity.RegistrationService;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.platform.web.Pages;

/**
 * The pages for joining and for forgotten passwords: register, confirm, forgot, reset. None of them says whether
 * an address is registered; the e-mail that follows does, to its owner.
 */
@Named("accountPages")
@RequestScoped
public class AccountPages {

    @Inject
    RegistrationService registration;

    @Inject
    PasswordService passwords;

    private List<FieldError> errors = List.of();
    private RegistrationService.Confirmed confirmed;
    private Boolean tokenUsable;

    public String register() {
        try {
            registration.register(Pages.param("name"), Pages.param("jobTitle"), Pages.param("email"),
                    Pages.rawParam("password"));
            Pages.redirect("/register/check-email");
        } catch (InvalidInput e) {
            errors = e.errors();
        }
        return null;
    }

    /** The confirmation link (GET): spends the token and says what happens next. */
    public void confirm() {
        confirmed = registration.confirm(Pages.param("token")).orElse(null);
    }

    public String requestReset() {
        try {
            passwords.requestReset(Pages.param("email"));
            Pages.redirect("/forgot-password/sent");
        } catch (InvalidInput e) {
            errors = e.errors();
        }
        return null;
    }

    public String reset() {
        try {
            if (passwords.reset(Pages.param("token"), Pages.rawParam("password"))) {
                Pages.redirect("/sign-in?reset=1");
            } else {
                tokenUsable = false;
            }
        } catch (InvalidInput e) {
            errors = e.errors();
        }
        return null;
    }

    public String error(String field) {
        return Pages.errorFor(errors, field);
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public RegistrationService.Confirmed getConfirmed() {
        return confirmed;
    }

    /**
     * Asked on the first view and again on the form's postback (Faces decides whether the form exists before it
     * runs the action), so it is worked out from the token in the request each time.
     */
    public boolean isTokenUsable() {
        if (tokenUsable == null) {
            tokenUsable = passwords.isUsable(Pages.param("token"));
        }
        return tokenUsable;
    }
}
