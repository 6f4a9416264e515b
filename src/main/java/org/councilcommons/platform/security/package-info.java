/**
 * The one HTTP authentication mechanism: form sign-in for pages, bearer tokens for the API, and single sign-on
 * through OpenID Connect (the code flow client that verifies ID tokens). Identity stores live in the identity
 * feature; this package depends only on Jakarta Security, JSON-P and platform.web.
 */
package org.councilcommons.platform.security;
