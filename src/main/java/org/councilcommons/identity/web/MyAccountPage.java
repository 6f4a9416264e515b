package org.councilcommons.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.councilcommons.identity.ApiToken;
import org.councilcommons.identity.ApiTokenService;
import org.councilcommons.identity.Caller;
import org.councilcommons.identity.CouncilDirectory;
import org.councilcommons.identity.Member;
import org.councilcommons.identity.PasswordService;
import org.councilcommons.identity.ProfileService;
import org.councilcommons.platform.errors.CommonsException;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.platform.web.Pages;

/** A member's own account: profile, password and API tokens. */
@Named("myAccount")
@RequestScoped
public class MyAccountPage {

    @Inject
    Caller caller;

    @Inject
    CouncilDirectory councils;

    @Inject
    ProfileService profiles;

    @Inject
    PasswordService passwords;

    @Inject
    ApiTokenService tokens;

    private List<FieldError> errors = List.of();
    private String newToken;
    private String newTokenName;

    public Member getMember() {
        return caller.member().orElse(null);
    }

    public String getCouncilName() {
        return caller.councilId().flatMap(councils::nameOf).orElse("No council yet");
    }

    public String saveProfile() {
        try {
            profiles.update(Pages.param("name"), Pages.param("jobTitle"), Pages.param("helpsWith"));
            Pages.redirect("/account?done=profile");
        } catch (InvalidInput e) {
            errors = e.errors();
        }
        return null;
    }

    public String changePassword() {
        try {
            passwords.change(Pages.rawParam("currentPassword"), Pages.rawParam("newPassword"));
            Pages.redirect("/account?done=password");
        } catch (InvalidInput e) {
            errors = e.errors();
        }
        return null;
    }

    /** The new token is shown once, on this response, and never again. */
    public String createToken() {
        try {
            ApiToken.Issued issued = tokens.issueForCaller(Pages.param("tokenName"));
            newToken = issued.secret();
            newTokenName = issued.token().name();
        } catch (InvalidInput e) {
            errors = e.errors();
        }
        return null;
    }

    public String revokeToken() {
        try {
            tokens.revoke(Long.parseLong(Pages.param("tokenId")));
            Pages.redirect("/account?done=revoked");
        } catch (NumberFormatException | CommonsException e) {
            errors = List.of(new FieldError("tokenName", "That token could not be revoked: it may already be revoked"));
        }
        return null;
    }

    public List<ApiToken> getTokens() {
        return tokens.mine();
    }

    public String error(String field) {
        return Pages.errorFor(errors, field);
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public String getNewToken() {
        return newToken;
    }

    public String getNewTokenName() {
        return newTokenName;
    }

    public String getDone() {
        return Pages.param("done");
    }
}
