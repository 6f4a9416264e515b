/**
 * The exceptions services throw on purpose (invalid input, not found, access denied, conflict) and the Bean
 * Validation bridge that turns violations into field errors. Pages and the API translate these for users.
 */

package org.councilcommons.platform.errors;
