/**
 * Discussion: categories, threads, posts numbered within their thread (Markdown kept beside sanitised HTML with a
 * render version), revisions, soft delete, helpful marks, accepted answers, idempotent posting, flags and
 * moderation (after Discourse). May depend on {@code platform} and {@code identity}; refers to case studies by id.
 */
package org.councilcommons.discussion;
