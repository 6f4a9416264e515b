package org.councilcommons.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.councilcommons.platform.web.UnsavedForms;

/**
 * One mechanism for the two ways in. Pages: a form sign-in (the sign-in page calls
 * {@code SecurityContext.authenticate} with a username-password credential) remembered in the HTTP session.
 * The API: a bearer token on every request and never the session cookie, so a page cannot be tricked into
 * writing through the API (CSRF).
 */
@ApplicationScoped
public class CommonsAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_KEY = "commons.signedIn";
    public static final String SIGN_IN_PAGE = "/sign-in";
    /** Paths that need a signed-in member; what the member may do there is for the services to decide. */
    static final java.util.List<String> SIGNED_IN_AREAS = java.util.List.of("/manage/", "/account", "/admin/");

    static final String SSO_KEY = "commons.sso";
    static final String SSO_NEXT = "commons.ssoNext";
    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(CommonsAuthenticationMechanism.class.getName());

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    OpenIdClient openId;

    record SignedIn(String caller, Set<String> groups) implements Serializable {}

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return bearer(request, response, context);
        }
        if (path.startsWith("/sign-in/sso") && openId.isConfigured()) {
            return singleSignOn(path, request, context);
        }
        Credential credential = context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            // a new session id at sign-in, so an id planted before sign-in is worth nothing afterwards
            request.getSession(true);
            request.changeSessionId();
            request.getSession().setAttribute(SESSION_KEY,
                    new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof SignedIn signedIn) {
            return context.notifyContainerAboutLogin(signedIn.caller(), signedIn.groups());
        }
        if (context.isProtected() || SIGNED_IN_AREAS.stream().anyMatch(path::startsWith)) {
            String next = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            if ("POST".equals(request.getMethod())) {
                // the session ended while a form was open: keep what was typed for after sign-in
                next = UnsavedForms.keep(request);
            }
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE + "?next="
                    + URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    /**
     * Single sign-on: {@code /sign-in/sso} leaves for the council's identity provider; the provider sends the
     * browser back to {@code /sign-in/sso/callback}, where the ID token is checked and the member signed in.
     */
    private AuthenticationStatus singleSignOn(String path, HttpServletRequest request, HttpMessageContext context) {
        String home = request.getContextPath();
        if (path.equals("/sign-in/sso")) {
            try {
                OpenIdClient.Started started = openId.start();
                HttpSession session = request.getSession(true);
                session.setAttribute(SSO_KEY, started);
                session.setAttribute(SSO_NEXT, UnsavedForms.safePath(request.getParameter("next")));
                return context.redirect(started.authorizeUrl());
            } catch (OpenIdClient.Refused e) {
                LOG.warning("Single sign-on could not start: " + e.getMessage());
                return context.redirect(home + SIGN_IN_PAGE + "?sso=failed");
            }
        }
        HttpSession session = request.getSession(false);
        Object started = session == null ? null : session.getAttribute(SSO_KEY);
        if (!(started instanceof OpenIdClient.Started s)) {
            return context.redirect(home + SIGN_IN_PAGE + "?sso=failed");
        }
        session.removeAttribute(SSO_KEY);
        if (request.getParameter("error") != null) {
            return context.redirect(home + SIGN_IN_PAGE + "?sso=cancelled");
        }
        try {
            SsoCredential credential = openId.finish(s, request.getParameter("state"), request.getParameter("code"));
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return context.redirect(home + SIGN_IN_PAGE + "?sso=refused");
            }
            String next = (String) session.getAttribute(SSO_NEXT);
            request.changeSessionId();
            request.getSession().setAttribute(SESSION_KEY,
                    new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            return context.redirect(home + (next == null ? "/" : next));
        } catch (OpenIdClient.Refused e) {
            LOG.warning("Single sign-on refused: " + e.getMessage());
            return context.redirect(home + SIGN_IN_PAGE + "?sso=failed");
        }
    }

    private AuthenticationStatus bearer(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return context.doNothing();
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() > 300) {
            return unauthorized(response, "The Authorization header must be 'Bearer <token>'.");
        }
        CredentialValidationResult result = identityStores.validate(new BearerCredential(header.substring(7).trim()));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return unauthorized(response, "The token is not valid or has been revoked.");
        }
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
        try {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"council-commons\", error=\"invalid_token\"");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Authentication required\",\"status\":401,\"detail\":\""
                    + detail + "\"}");
        } catch (IOException e) {
            // the client has gone; nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Forgets the signed-in member; the caller invalidates the session. */
    public static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_KEY);
        }
    }
}
