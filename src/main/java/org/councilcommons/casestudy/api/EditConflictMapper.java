package org.councilcommons.casestudy.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.councilcommons.casestudy.EditConflict;
import org.councilcommons.platform.web.Problem;

/** 409 with both versions in the body: the one saved meanwhile, and the one the client sent (nothing is lost). */
@Provider
public class EditConflictMapper implements ExceptionMapper<EditConflict> {

    public record ConflictProblem(String type, String title, int status, String detail, int currentVersion,
            CaseStudyRequest current, CaseStudyRequest yours) {}

    @Override
    public Response toResponse(EditConflict e) {
        return Response.status(409).type(Problem.MEDIA_TYPE)
                .entity(new ConflictProblem("about:blank", e.title(), 409, e.getMessage(), e.currentVersion(),
                        CaseStudyRequest.of(e.current(), null, e.currentVersion()), CaseStudyRequest.of(e.yours(), null, null)))
                .build();
    }
}
