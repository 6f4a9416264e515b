package org.councilcommons.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends mail through SMTP after the transaction that asked for it commits, so nobody is told about a change that
 * rolled back. Without {@code COMMONS_MAIL_HOST} it writes each message to the log instead, which is enough for a
 * trial on one machine.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    @ConfigProperty(name = "commons.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "commons.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "commons.mail.from", defaultValue = "Council Commons <no-reply@councilcommons.example>")
    String from;

    @Inject
    @ConfigProperty(name = "commons.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "commons.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "commons.mail.starttls", defaultValue = "false")
    boolean starttls;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Mail mail) {
        send(mail);
    }

    public void send(Mail mail) {
        if (host.filter(h -> !h.isBlank()).isEmpty()) {
            LOG.info(() -> "E-mail (no COMMONS_MAIL_HOST set, so logged instead of sent)\nTo: " + mail.to()
                    + "\nSubject: " + mail.subject() + "\n\n" + mail.body());
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (MessagingException e) {
            // the change is committed; a lost e-mail can be asked for again (resend, reset), so log and go on
            LOG.log(Level.SEVERE, "Could not send e-mail '" + mail.subject() + "' to " + mail.to(), e);
        }
    }

    private Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", host.orElseThrow());
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        p.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        p.put("mail.smtp.starttls.required", String.valueOf(starttls));
        if (username.isPresent()) {
            p.put("mail.smtp.auth", "true");
            return Session.getInstance(p, new jakarta.mail.Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(username.get(), password.orElse(""));
                }
            });
        }
        return Session.getInstance(p);
    }
}
