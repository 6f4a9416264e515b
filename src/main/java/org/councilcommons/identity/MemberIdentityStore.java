package org.councilcommons.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.councilcommons.platform.web.ClientAddress;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Form sign-in for pages, through {@link SignInService}; the reason for a refusal is kept for the page. */
@ApplicationScoped
public class MemberIdentityStore implements IdentityStore {

    @Inject
    SignInService signIn;

    @Inject
    SignInOutcome outcome;

    @Inject
    HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "commons.behind-proxy", defaultValue = "false")
    boolean behindProxy;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInService.Outcome result = signIn.signIn(credential.getCaller(), credential.getPassword().getValue(),
                ClientAddress.of(request, behindProxy));
        outcome.set(result);
        return result instanceof SignInService.Outcome.Success success
                ? Callers.result(success.member())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
