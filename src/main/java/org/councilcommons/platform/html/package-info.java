/**
 * The one HTML sanitising policy (jsoup). Only this package and casestudy.importing may import jsoup.
 */

package org.councilcommons.platform.html;
