/**
 * The discussion JSON API: categories, threads with paged posts, replies with idempotency keys, edits, flags,
 * answers, helpful marks and moderators' actions. Resources translate; the services decide and own transactions.
 */
package org.councilcommons.discussion.api;
