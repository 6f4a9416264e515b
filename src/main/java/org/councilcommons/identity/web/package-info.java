/** Faces page beans for signing in and out. */

package org.councilcommons.identity.web;
