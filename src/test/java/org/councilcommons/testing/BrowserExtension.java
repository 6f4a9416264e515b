package org.councilcommons.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects a {@link Browser} into test constructors, lifecycle methods and test methods:
 * {@code @ExtendWith(BrowserExtension.class)}.
 *
 * <p>Starting Chromium costs about a second, so every test class in the JVM shares one browser. It
 * lives in the root store and JUnit closes it (it is {@link AutoCloseable}) when the run ends.
 * Sharing means test classes must not run in parallel with each other.
 */
public final class BrowserExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        // One class's sign-in must not make the next class's tests pass or fail; a @Nested class
        // keeps what its enclosing class set up, so only top-level classes start clean.
        boolean topLevel = context.getParent().filter(parent -> parent == context.getRoot()).isPresent();
        Browser started = store(context).get(Browser.class, Browser.class);
        if (topLevel && started != null) {
            started.clearCookies();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Browser resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return store(context).computeIfAbsent(Browser.class, type -> new Browser(), Browser.class);
    }

    private static ExtensionContext.Store store(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE);
    }
}
