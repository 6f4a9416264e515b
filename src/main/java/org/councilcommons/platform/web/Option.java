package org.councilcommons.platform.web;

/** One choice in a select, radios or checkboxes component. */
public record Option(String value, String label, boolean selected) {}
