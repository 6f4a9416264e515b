/**
 * Web plumbing shared by features: the JAX-RS application and its problem+json error mapping, body size limit,
 * clean URLs for pages, security headers, paging and page helpers. Depends on platform only.
 */

package org.councilcommons.platform.web;
