/**
 * Councils: GSS code, name, type, region, population, e-mail domains; registration and CSV import of the register;
 * and the register as identity sees it (implements identity's CouncilDirectory port). Depends on platform and
 * identity.
 */
package org.councilcommons.council;
