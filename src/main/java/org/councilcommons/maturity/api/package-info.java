/**
 * The maturity JSON API: the model, a council's self-assessments and sharing, peer suggestions, and links between
 * councils. Resources only translate; {@code maturity}'s services decide access and own the transactions.
 */
package org.councilcommons.maturity.api;
