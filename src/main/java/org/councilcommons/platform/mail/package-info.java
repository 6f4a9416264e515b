/**
 * Outbound e-mail: a {@link org.councilcommons.platform.mail.Mail} fired as a CDI event is sent over SMTP after
 * the firing transaction commits (or logged when no SMTP host is configured). Depends on Jakarta Mail only.
 */
package org.councilcommons.platform.mail;
