/**
 * Discussion: categories, threads, posts numbered within their thread (Markdown kept beside sanitised HTML with a
 * render version), revisions, soft delete, helpful marks, accepted answers, idempotent posting, flags and
 * moderation (after Discourse), watching and notifications (in the site and by e-mail), unread tracking and Atom
 * feeds. May depend on {@code platform}, {@code identity} and {@code casestudy}'s service (to tell a case study's
 * council about questions); refers to case studies by id and tells search of changes through the outbox.
 */
package org.councilcommons.discussion;
