/**
 * The HTTP authentication mechanism: form sign-in for pages, bearer tokens for the API. Identity stores live in
 * the identity feature; this package depends only on Jakarta Security.
 */

package org.councilcommons.platform.security;
