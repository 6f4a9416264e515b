/** Faces page beans for the council list and a council's page. */

package org.councilcommons.council.web;
