/** JSON API for the council register ({@code /api/v1/councils}). */

package org.councilcommons.council.api;
