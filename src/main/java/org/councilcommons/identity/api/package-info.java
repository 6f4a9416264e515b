/** JSON API for API tokens ({@code /api/v1/auth/tokens}). */

package org.councilcommons.identity.api;
