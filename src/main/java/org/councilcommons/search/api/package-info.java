/** JSON API for search ({@code /api/v1/search}, suggestions) and for sending followed searches' digests. */
package org.councilcommons.search.api;
