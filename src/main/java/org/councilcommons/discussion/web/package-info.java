/**
 * Discussion pages: categories, thread lists with filters, a thread with its replies and the reply form, the new
 * thread form and the moderation queue. Beans read parameters and call the services; they open no transactions.
 */
package org.councilcommons.discussion.web;
