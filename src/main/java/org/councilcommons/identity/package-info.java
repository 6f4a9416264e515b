/**
 * Members and their accounts: registration with e-mail confirmation, membership of a council by e-mail domain or
 * by an administrator's approval, roles, passwords (PBKDF2, policy, reset), sign-in throttling, API tokens,
 * single sign-on identities, the current caller and the first administrator. Depends on platform only; what it
 * needs to know of councils comes through the {@link org.councilcommons.identity.CouncilDirectory} port, which the
 * council feature implements.
 */
package org.councilcommons.identity;
