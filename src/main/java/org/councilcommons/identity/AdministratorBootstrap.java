package org.councilcommons.identity;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.councilcommons.platform.persistence.SchemaReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the first start with no members, creates the first administrator from {@code COMMONS_ADMIN_EMAIL} and
 * {@code COMMONS_ADMIN_PASSWORD}; without a password it makes one and prints it once, so nobody ships a default.
 */
@ApplicationScoped
public class AdministratorBootstrap {

    private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Inject
    MemberRepository members;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "commons.admin.email", defaultValue = "admin@councilcommons.example")
    String email;

    @Inject
    @ConfigProperty(name = "commons.admin.password")
    Optional<String> password;

    @Transactional
    void onSchemaReady(@Observes @Priority(100) SchemaReady ready) {
        if (members.count() > 0) {
            return;
        }
        String secret = password.filter(p -> !p.isBlank()).orElseGet(AdministratorBootstrap::generate);
        Member admin = new Member(email, "Administrator", hasher.hash(secret.toCharArray()), Instant.now(clock));
        admin.grant(Role.ADMINISTRATOR);
        members.add(admin);
        if (password.filter(p -> !p.isBlank()).isPresent()) {
            LOG.info(() -> "Created the first administrator, " + email + ", with the password from COMMONS_ADMIN_PASSWORD");
        } else {
            LOG.warning("Created the first administrator, " + email + ", with the generated password " + secret
                    + " (shown once: sign in and keep it safe, or set COMMONS_ADMIN_PASSWORD before the first start)");
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
