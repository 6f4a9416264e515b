/**
 * Roadmap pages: the network roadmap and its step pages (curated by moderators), and each council's own roadmap with
 * its change form, progress chart and printable version. Page beans read request parameters and call
 * {@link org.councilcommons.roadmap.RoadmapService}; they open no transactions.
 */
package org.councilcommons.roadmap.web;
