/**
 * The roadmap JSON API: the network roadmap and its steps (moderators curate them), a council's own roadmap, its
 * refresh after a new self-assessment, case study drafts from completed steps, and the reminders run. Resources only
 * translate; {@code roadmap}'s services decide access and own the transactions.
 */
package org.councilcommons.roadmap.api;
