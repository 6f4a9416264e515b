package org.councilcommons.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.time.Instant;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server: a member whose password was hashed with weaker settings (an older release, an import) gets
 * today's 600,000-iteration hash the next time they sign in, without noticing anything.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordUpgradeIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class,
                        new File(System.getProperty("commons.it.war", "target/council-commons.war")))
                .addClass(PasswordUpgradeIT.class);
    }

    @Inject
    MemberRepository members;

    @Inject
    SignInService signIn;

    @Inject
    Pbkdf2PasswordHash weak;

    @Inject
    UserTransaction transaction;

    @Test
    void aWeakHashIsReplacedAtTheNextSuccessfulSignIn() throws Exception {
        weak.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "10000", "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256"));
        String email = "legacy." + System.nanoTime() + "@reading.gov.uk";
        transaction.begin();
        Member legacy = members.add(new Member(email, "Legacy Member", weak.generate("Lantern-orchard-river-9".toCharArray()), Instant.now()));
        transaction.commit();
        assertTrue(legacy.passwordHash().startsWith("PBKDF2WithHmacSHA256:10000:"), legacy.passwordHash());

        SignInService.Outcome outcome = signIn.signIn(email, "Lantern-orchard-river-9".toCharArray(), "192.0.2.1");
        assertInstanceOf(SignInService.Outcome.Success.class, outcome);
        String upgraded = members.byId(legacy.id()).orElseThrow().passwordHash();
        assertTrue(upgraded.startsWith("PBKDF2WithHmacSHA256:600000:"), upgraded);

        assertInstanceOf(SignInService.Outcome.Success.class,
                signIn.signIn(email, "Lantern-orchard-river-9".toCharArray(), "192.0.2.1"), "the new hash still matches");
        assertEquals(upgraded, members.byId(legacy.id()).orElseThrow().passwordHash(), "upgraded once, not every time");
    }
}
