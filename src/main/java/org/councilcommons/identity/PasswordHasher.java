package org.councilcommons.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2-SHA256 at 600,000 iterations (OWASP ASVS level 2), through Jakarta Security's own implementation.
 * The parameters are stored inside each hash, so stronger settings later do not lock out existing members.
 */
@ApplicationScoped
public class PasswordHasher {

    static final int ITERATIONS = 600_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** A hash of a random password, verified against when no member matches, so both paths cost the same. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy-password-for-timing".toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean matches(char[] password, String hash) {
        return hash != null && pbkdf2.verify(password, hash);
    }

    /**
     * Whether a stored hash uses weaker parameters than today's (an older algorithm or fewer iterations), so the
     * next successful sign-in should store a new one. The stored form is "algorithm:iterations:salt:hash".
     */
    public boolean needsUpgrade(String hash) {
        if (hash == null) {
            return false;
        }
        String[] parts = hash.split(":");
        if (parts.length != 4 || !"PBKDF2WithHmacSHA256".equals(parts[0])) {
            return true;
        }
        try {
            return Integer.parseInt(parts[1]) < ITERATIONS;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** Spends the same time as a real check, for unknown e-mail addresses. */
    public void spendEquivalentTime(char[] password) {
        pbkdf2.verify(password, decoy);
    }
}
