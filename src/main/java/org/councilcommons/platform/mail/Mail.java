package org.councilcommons.platform.mail;

/** An e-mail to send once the transaction that asked for it has committed. Plain text: it reads everywhere. */
public record Mail(String to, String subject, String body) {

    @Override
    public String toString() {
        // bodies carry single-use links: keep them out of logs that print events
        return "Mail[to=" + to + ", subject=" + subject + "]";
    }
}
