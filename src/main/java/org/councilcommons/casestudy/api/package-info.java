/** JSON API for case studies ({@code /api/v1/case-studies}), its request and view records. */

package org.councilcommons.casestudy.api;
