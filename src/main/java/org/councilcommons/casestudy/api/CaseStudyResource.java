package org.councilcommons.casestudy.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.councilcommons.casestudy.Barrier;
import org.councilcommons.casestudy.CaseStudy;
import org.councilcommons.casestudy.CaseStudyFilter;
import org.councilcommons.casestudy.CaseStudyService;
import org.councilcommons.casestudy.CaseStudySummary;
import org.councilcommons.casestudy.EditorialState;
import org.councilcommons.casestudy.ProjectStatus;
import org.councilcommons.council.CouncilRepository;
import org.councilcommons.council.CouncilType;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.identity.Caller;
import org.councilcommons.platform.errors.NotFound;
import org.councilcommons.platform.errors.NotSignedIn;
import org.councilcommons.platform.web.Paging;

@Path("v1/case-studies")
@Produces(MediaType.APPLICATION_JSON)
public class CaseStudyResource {

    public record Item(long id, String title, String summary, String councilCode, String councilName,
            String projectStatus, String state, List<String> barriers, List<String> themes, Instant publishedAt, String url) {

        static Item of(CaseStudySummary s) {
            return new Item(s.id(), s.title(), s.summary(), s.councilCode(), s.councilName(), s.projectStatus().key(),
                    s.state().key(), s.barriers().stream().sorted().map(Barrier::key).toList(), s.themes(),
                    s.publishedAt(), "/case-studies/" + s.id());
        }
    }

    public record ItemList(long total, int page, int size, List<Item> items) {}

    public record Revision(int number, String action, Long editorId, Instant createdAt) {}

    @Inject
    CaseStudyService caseStudies;

    @Inject
    CouncilRepository councils;

    @Inject
    Caller caller;

    @GET
    public ItemList list(@QueryParam("council") String council, @QueryParam("theme") String theme,
            @QueryParam("barrier") String barrier, @QueryParam("status") String status,
            @QueryParam("councilType") String councilType, @QueryParam("region") String region,
            @QueryParam("state") String state, @QueryParam("page") String page, @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        Barrier b = parse("barrier", barrier, Barrier.parse(barrier).orElse(null), Barrier.allowedKeys(), errors);
        ProjectStatus s = parse("status", status, ProjectStatus.parse(status).orElse(null), ProjectStatus.allowedKeys(), errors);
        CouncilType t = parse("councilType", councilType, CouncilType.parse(councilType).orElse(null),
                "county, district, unitary, metropolitan_borough, london_borough, scottish, welsh, northern_irish", errors);
        EditorialState e = state == null ? EditorialState.PUBLISHED : switch (state.toLowerCase(Locale.ROOT)) {
            case "draft" -> EditorialState.DRAFT;
            case "published" -> EditorialState.PUBLISHED;
            case "withdrawn" -> EditorialState.WITHDRAWN;
            default -> {
                errors.add(new FieldError("state", "State must be draft, published or withdrawn"));
                yield null;
            }
        };
        Paging paging;
        try {
            paging = Paging.of(page, size, 20);
        } catch (InvalidInput invalid) {
            errors.addAll(invalid.errors());
            paging = null;
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        CaseStudyService.Page found = caseStudies.list(
                new CaseStudyFilter(blankToNull(council), blankToNull(theme), b, s, t, blankToNull(region), e),
                paging.index(), paging.size());
        return new ItemList(found.total(), paging.page(), paging.size(), found.items().stream().map(Item::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CaseStudyRequest request) {
        CaseStudyRequest r = require(request);
        CaseStudy created = caseStudies.create(r.councilCode(), r.toDraft());
        return Response.created(URI.create("/api/v1/case-studies/" + created.id())).entity(view(created)).build();
    }

    @GET
    @Path("{id}")
    public CaseStudyView get(@PathParam("id") String id) {
        return view(caseStudies.get(id(id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseStudyView update(@PathParam("id") String id, CaseStudyRequest request) {
        CaseStudyRequest r = require(request);
        if (r.version() == null) {
            throw InvalidInput.of("version", "Send the version you edited (from GET), so that nobody's changes are overwritten");
        }
        return view(caseStudies.update(id(id), r.version(), r.toDraft()));
    }

    @POST
    @Path("{id}/publish")
    public CaseStudyView publish(@PathParam("id") String id) {
        return view(caseStudies.publish(id(id)));
    }

    @POST
    @Path("{id}/withdraw")
    public CaseStudyView withdraw(@PathParam("id") String id) {
        return view(caseStudies.withdraw(id(id)));
    }

    @GET
    @Path("{id}/revisions")
    public List<Revision> revisions(@PathParam("id") String id) {
        return caseStudies.revisions(id(id)).stream()
                .map(r -> new Revision(r.number(), r.action().name().toLowerCase(Locale.ROOT), r.editorId(), r.createdAt()))
                .toList();
    }

    private CaseStudyView view(CaseStudy c) {
        return CaseStudyView.of(c, councils.byId(c.councilId()).orElseThrow());
    }

    /** Writes need a signed-in caller: say so before judging the body, so a client fixes the right thing first. */
    private CaseStudyRequest require(CaseStudyRequest request) {
        if (!caller.isSignedIn()) {
            throw new NotSignedIn();
        }
        if (request == null) {
            throw InvalidInput.of("body", "Send the case study as a JSON object");
        }
        return request;
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new NotFound("No case study has the id " + text);
        }
    }

    private static <T> T parse(String field, String text, T value, String allowed, List<FieldError> errors) {
        if (text != null && !text.isBlank() && value == null) {
            errors.add(new FieldError(field, "Unknown " + field + " '" + text + "'; use one of: " + allowed));
        }
        return value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
