package org.councilcommons.platform.security;

import jakarta.security.enterprise.credential.Credential;

/** An API token from an {@code Authorization: Bearer} header, validated by an identity store. */
public record BearerCredential(String token) implements Credential {

    @Override
    public String toString() {
        return "BearerCredential[redacted]";
    }
}
