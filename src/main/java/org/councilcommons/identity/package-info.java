/**
 * Members, roles, passwords (PBKDF2), API tokens, the current caller and the first administrator.
 * Depends on platform only.
 */

package org.councilcommons.identity;
