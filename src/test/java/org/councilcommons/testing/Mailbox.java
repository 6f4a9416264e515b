package org.councilcommons.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) on loopback that the server under test sends its mail to. Tests wait for the
 * message a person would get and follow the link in it.
 */
public final class Mailbox implements AutoCloseable {

    public record Received(String to, String subject, String body) {
        /** The first link in the body that starts with this path. */
        public String link(String path) {
            Matcher m = Pattern.compile("https?://[^\\s]+" + Pattern.quote(path) + "[^\\s]*").matcher(body);
            if (!m.find()) {
                throw new AssertionError("No link to " + path + " in: " + body);
            }
            return m.group();
        }
    }

    private final GreenMail greenMail;

    private Mailbox(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    static Mailbox start() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        GreenMail gm = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        gm.start();
        return new Mailbox(gm);
    }

    int port() {
        return greenMail.getSmtp().getPort();
    }

    /** Waits (up to 20 s) for the n-th message to this address whose subject contains the text. */
    public Received await(String to, String subjectContains) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            List<Received> found = to(to).stream().filter(r -> r.subject().contains(subjectContains)).toList();
            if (!found.isEmpty()) {
                return found.getLast();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No e-mail '" + subjectContains + "' to " + to + " arrived; received: " + to(to));
    }

    /** Every message received so far for this address. */
    public List<Received> to(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> isTo(m, address)).map(Mailbox::read).toList();
    }

    private static boolean isTo(MimeMessage m, String address) {
        try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static Received read(MimeMessage m) {
        try {
            return new Received(m.getRecipients(Message.RecipientType.TO)[0].toString(), m.getSubject(),
                    String.valueOf(m.getContent()));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
