/**
 * The demo content loaded on an empty database (Reading, Birmingham and labelled sample councils).
 * Depends on council and casestudy services; nothing depends on it.
 */

package org.councilcommons.demo;
