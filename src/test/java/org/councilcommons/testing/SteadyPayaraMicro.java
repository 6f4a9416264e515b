package org.councilcommons.testing;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro's Arquillian container, minus a race. The container reads Payara Micro's output every 200 ms and
 * takes a snapshot as soon as the start of the "Instance Configuration" block is there; on a busy machine the
 * snapshot can end before the block's list of servlets, and every in-container test then fails with
 * "ArquillianServletRunnerEE9 not found" although the servlet is deployed. Our deployments always have it at the
 * context root, so it is added when the snapshot missed it.
 */
public class SteadyPayaraMicro extends PayaraMicroDeployableContainer {

    static final String RUNNER = "ArquillianServletRunnerEE9";

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        ProtocolMetaData metadata = super.deploy(archive);
        for (HTTPContext context : metadata.getContexts(HTTPContext.class)) {
            if (context.getServletByName(RUNNER) == null) {
                context.add(new Servlet(RUNNER, "/"));
            }
        }
        return metadata;
    }

    /** Registered in META-INF/services in place of the stock container. */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, SteadyPayaraMicro.class);
        }
    }
}
