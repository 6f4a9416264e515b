/**
 * Maturity pages: the public model page, the self-assessment task list and questions, results with the radar chart,
 * peers and links. Page beans read request parameters and call the services; they open no transactions.
 */
package org.councilcommons.maturity.web;
