/**
 * The audit log of administration and moderation: who did what, to what, when. Written in the acting
 * transaction; read by administrators. Depends on JPA only.
 */
package org.councilcommons.platform.audit;
