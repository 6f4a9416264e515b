package org.councilcommons.platform.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * Who a council's identity provider says signed in, after {@link OpenIdClient} has verified the ID token's
 * signature and claims. Only that verification creates one; identity decides what the person may do here.
 */
public record SsoCredential(String issuer, String subject, String email, boolean emailVerified, String name)
        implements Credential {}
