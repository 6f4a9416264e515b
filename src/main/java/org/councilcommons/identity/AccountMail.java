package org.councilcommons.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.councilcommons.platform.mail.Mail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The e-mails about someone's account. Each link carries a new single-use token; sent after commit. */
@ApplicationScoped
public class AccountMail {

    @PersistenceContext(unitName = "commons")
    EntityManager em;

    @Inject
    Event<Mail> mail;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "commons.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    private String link(Member member, MemberToken.Purpose purpose, String path) {
        MemberToken.Issued issued = MemberToken.issue(member.id(), purpose, Instant.now(clock));
        em.persist(issued.token());
        return publicUrl.replaceAll("/+$", "") + path + "?token=" + issued.secret();
    }

    void confirmation(Member member) {
        mail.fire(new Mail(member.email(), "Confirm your e-mail address for Council Commons",
                "Hello " + member.name() + ",\n\nTo finish joining Council Commons, confirm your e-mail address:\n\n"
                        + link(member, MemberToken.Purpose.CONFIRM_EMAIL, "/confirm")
                        + "\n\nThe link works once, for 2 days. If you did not ask to join, ignore this e-mail."));
    }

    void alreadyRegistered(Member member) {
        mail.fire(new Mail(member.email(), "You already have a Council Commons account",
                "Hello " + member.name() + ",\n\nSomeone (probably you) tried to register with this e-mail address,"
                        + " but you already have an account. Sign in at " + publicUrl + "/sign-in, or choose a new"
                        + " password at " + publicUrl + "/forgot-password.\n\nIf this was not you, you can ignore"
                        + " this e-mail: nothing has changed."));
    }

    void passwordReset(Member member) {
        mail.fire(new Mail(member.email(), "Reset your Council Commons password",
                "Hello " + member.name() + ",\n\nTo choose a new password, open this link:\n\n"
                        + link(member, MemberToken.Purpose.RESET_PASSWORD, "/reset-password")
                        + "\n\nThe link works once, for 1 hour. If you did not ask for this, ignore this e-mail:"
                        + " your password has not changed."));
    }

    void welcome(Member member) {
        mail.fire(new Mail(member.email(), "You have been added to Council Commons",
                "Hello " + member.name() + ",\n\nAn administrator has added you to Council Commons. Choose your"
                        + " password here:\n\n" + link(member, MemberToken.Purpose.SET_PASSWORD, "/reset-password")
                        + "\n\nThe link works once, for 7 days."));
    }

    void approved(Member member) {
        mail.fire(new Mail(member.email(), "Your Council Commons membership is approved",
                "Hello " + member.name() + ",\n\nAn administrator has approved your membership. Sign in at "
                        + publicUrl + "/sign-in."));
    }
}
