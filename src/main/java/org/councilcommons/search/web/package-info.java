/** Faces page beans: the search page, following a search, similar case studies, and the index's admin page. */
package org.councilcommons.search.web;
