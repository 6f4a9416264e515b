/** JSON API for API tokens ({@code /api/v1/auth/tokens}) and for administrators' onboarding ({@code /api/v1/admin/members}). */
package org.councilcommons.identity.api;
