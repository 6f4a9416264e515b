/**
 * Councils: GSS code, name, type, region, population, e-mail domains; registration and CSV import of the register.
 * Depends on platform and identity (for who may change the register).
 */

package org.councilcommons.council;
