package org.councilcommons.identity;

import java.util.regex.Pattern;

/** A pragmatic check of an e-mail address's form; whether it works is proved by the confirmation link. */
final class Emails {

    private static final Pattern FORM = Pattern.compile("[^@\\s]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    private Emails() {}

    static boolean looksValid(String email) {
        return email != null && email.length() <= 254 && FORM.matcher(email.trim()).matches();
    }
}
