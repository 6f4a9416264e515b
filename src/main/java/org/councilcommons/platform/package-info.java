/**
 * The shared kernel of Council Commons: configuration, persistence, security, HTML sanitising, the web and API
 * plumbing and start-up. It depends on nothing above it: no feature package may be imported here.
 */

package org.councilcommons.platform;
