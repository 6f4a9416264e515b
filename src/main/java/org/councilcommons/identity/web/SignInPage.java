package org.councilcommons.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.councilcommons.identity.SignInOutcome;
import org.councilcommons.identity.SignInService;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.errors.TooManyRequests;
import org.councilcommons.platform.web.Pages;
import org.councilcommons.platform.web.UnsavedForms;

/** Sign in with e-mail and password, then back to the page that asked for it (on this site only). */
@Named("signIn")
@RequestScoped
public class SignInPage {

    @Inject
    SecurityContext security;

    @Inject
    SignInOutcome outcome;

    private String email;
    private List<FieldError> errors = List.of();

    public String submit() {
        email = Pages.param("email");
        String password = Pages.rawParam("password");
        List<FieldError> problems = new ArrayList<>();
        if (email == null) {
            problems.add(new FieldError("email", "Enter your e-mail address"));
        }
        if (password == null) {
            problems.add(new FieldError("password", "Enter your password"));
        }
        if (!problems.isEmpty()) {
            errors = problems;
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ec = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) ec.getRequest(),
                (HttpServletResponse) ec.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email, new Password(password))));
        if (status == AuthenticationStatus.SUCCESS) {
            Pages.redirect(safeNext(Pages.param("next")));
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else {
            errors = List.of(new FieldError("email", explain(outcome.get())));
        }
        return null;
    }

    /** One message for an unknown address and a wrong password: nothing to learn about who is a member. */
    static String explain(SignInService.Outcome result) {
        return switch (result) {
            case SignInService.Outcome.Throttled t -> "Too many attempts to sign in. Wait "
                    + TooManyRequests.Waits.describe(t.retryAfter()) + " and try again, or reset your password.";
            case SignInService.Outcome.NotActive n -> SignInService.explain(n.status());
            case null, default -> "Enter a correct e-mail address and password";
        };
    }

    @Inject
    org.councilcommons.platform.security.OpenIdClient openId;

    public boolean isSsoAvailable() {
        return openId.isConfigured();
    }

    public String getSsoName() {
        return openId.displayName();
    }

    /** What happened on the way back from the council's identity provider. */
    public String getSsoProblem() {
        String sso = Pages.param("sso");
        if (sso == null) {
            return null;
        }
        return switch (sso) {
            case "cancelled" -> "You cancelled signing in with " + openId.displayName() + ".";
            case "refused" -> "Your account cannot be used yet. If you are new to Council Commons and your e-mail"
                    + " address is not at a council that has joined, an administrator must approve your membership first.";
            default -> "Signing in with " + openId.displayName() + " did not work. Try again, or sign in with your"
                    + " e-mail address and password.";
        };
    }

    public String getNotice() {
        if ("1".equals(Pages.param("reset"))) {
            return "Your password has been changed. Sign in with your new password.";
        }
        return null;
    }

    /** Only a path on this site: an absolute or protocol-relative address would make this an open redirect. */
    static String safeNext(String next) {
        return UnsavedForms.safePath(next);
    }

    public String signOut() throws ServletException {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        org.councilcommons.platform.security.CommonsAuthenticationMechanism.forget(request);
        request.logout();
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        Pages.redirect("/?signedOut=1");
        return null;
    }

    public String error(String field) {
        return Pages.errorFor(errors, field);
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public String getEmail() {
        return email;
    }

    public String getNext() {
        return safeNext(Pages.param("next"));
    }
}
