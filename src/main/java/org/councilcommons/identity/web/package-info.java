/** Faces page beans: sign-in and sign-out, registration, confirmation and password reset, the member's account, and administrators' member and audit pages. */
package org.councilcommons.identity.web;
