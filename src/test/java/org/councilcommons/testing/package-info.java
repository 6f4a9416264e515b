/**
 * Test harness shared by the integration tests: a headless Chromium driven through Selenium
 * ({@link org.councilcommons.testing.Browser}), an axe-core check of pages against WCAG 2.2 AA,
 * and a JUnit Jupiter extension ({@link org.councilcommons.testing.BrowserExtension}) that hands
 * one browser to every test class in the run. Code here may depend on Selenium, axe-core and
 * JUnit; it lives only on the test classpath, and nothing in {@code src/main} depends on it.
 */
package org.councilcommons.testing;
