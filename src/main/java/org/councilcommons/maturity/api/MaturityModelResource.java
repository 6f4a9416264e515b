package org.councilcommons.maturity.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.councilcommons.maturity.MaturityService;

@Path("v1/maturity/model")
@Produces(MediaType.APPLICATION_JSON)
public class MaturityModelResource {

    @Inject
    MaturityService maturity;

    /** The model in use: dimensions, level descriptors and statements, with its version. Public. */
    @GET
    public MaturityViews.ModelView model() {
        return MaturityViews.ModelView.of(maturity.model());
    }
}
