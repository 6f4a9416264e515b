package org.councilcommons.maturity.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.councilcommons.council.CouncilService;
import org.councilcommons.maturity.CouncilLink;
import org.councilcommons.maturity.LinkService;
import org.councilcommons.platform.errors.InvalidInput;

/** Link requests between councils and their answers, for the caller's council. */
@Path("v1/links")
@Produces(MediaType.APPLICATION_JSON)
public class LinkResource {

    public record LinkRequest(String council, String message) {}

    public record LinkView(long id, String state, String council, String councilName, boolean askedByUs,
            String message, Instant requestedAt, Instant answeredAt) {}

    @Inject
    LinkService links;

    @Inject
    CouncilService councils;

    @GET
    public List<LinkView> mine() {
        return links.mine().stream().map(v -> view(v.link(), v.other().code(), v.other().name(), v.askedByUs())).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(LinkRequest request) {
        if (request == null || request.council() == null || request.council().isBlank()) {
            throw InvalidInput.of("council", "Give the GSS code of the council to link with");
        }
        CouncilLink link = links.request(request.council(), request.message());
        var to = councils.get(link.toCouncilId());
        return Response.created(URI.create("/api/v1/links/" + link.id())).entity(view(link, to.code(), to.name(), true))
                .build();
    }

    @POST
    @Path("{id}/accept")
    public LinkView accept(@PathParam("id") long id) {
        return answered(links.answer(id, true));
    }

    @POST
    @Path("{id}/decline")
    public LinkView decline(@PathParam("id") long id) {
        return answered(links.answer(id, false));
    }

    @DELETE
    @Path("{id}")
    public Response end(@PathParam("id") long id) {
        links.end(id);
        return Response.noContent().build();
    }

    private LinkView answered(CouncilLink link) {
        var from = councils.get(link.fromCouncilId());
        return view(link, from.code(), from.name(), false);
    }

    private static LinkView view(CouncilLink l, String code, String name, boolean askedByUs) {
        return new LinkView(l.id(), l.state().name().toLowerCase(), code, name, askedByUs, l.message(), l.requestedAt(),
                l.answeredAt());
    }
}
