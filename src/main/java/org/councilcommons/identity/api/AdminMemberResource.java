package org.councilcommons.identity.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.councilcommons.identity.CouncilDirectory;
import org.councilcommons.identity.Member;
import org.councilcommons.identity.MemberAdminService;
import org.councilcommons.identity.MemberStatus;
import org.councilcommons.identity.Role;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.platform.web.Paging;

/** Bulk onboarding and the member list, for administrators' scripts. */
@Path("v1/admin/members")
@Produces(MediaType.APPLICATION_JSON)
public class AdminMemberResource {

    public record MemberRequest(String email, String name, String councilCode, List<String> roles, String password) {}

    public record MemberView(long id, String email, String name, String jobTitle, String councilCode, String status,
            List<String> roles, Instant createdAt) {}

    public record MemberList(long total, int page, int size, List<MemberView> items) {}

    @Inject
    MemberAdminService admin;

    @Inject
    CouncilDirectory councils;


    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response onboard(MemberRequest request) {
        if (request == null) {
            throw InvalidInput.of("body", "Send the member as a JSON object");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<FieldError> errors = new ArrayList<>();
        for (String r : request.roles() == null ? List.<String>of() : request.roles()) {
            Role role = parse(r);
            if (role == null) {
                errors.add(new FieldError("roles", "Unknown role '" + r + "'; use member, editor, moderator or administrator"));
            } else {
                roles.add(role);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Member m = admin.onboard(request.email(), request.name(), request.councilCode(), roles, request.password());
        return Response.created(URI.create("/api/v1/admin/members/" + m.id())).entity(view(m)).build();
    }

    @GET
    public MemberList list(@QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size, 50);
        MemberStatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = MemberStatus.valueOf(status.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw InvalidInput.of("status", "Status must be awaiting_confirmation, awaiting_approval, active or suspended");
            }
        }
        MemberAdminService.Page found = admin.list(s, paging.index() * paging.size(), paging.size());
        return new MemberList(found.total(), paging.page(), paging.size(), found.members().stream().map(this::view).toList());
    }

    static Role parse(String text) {
        if (text == null) {
            return null;
        }
        for (Role role : Role.values()) {
            if (role.group().equalsIgnoreCase(text.trim()) || role.name().equalsIgnoreCase(text.trim())) {
                return role;
            }
        }
        return null;
    }

    private MemberView view(Member m) {
        String code = m.councilId() == null ? null : councils.codeOf(m.councilId()).orElse(null);
        return new MemberView(m.id(), m.email(), m.name(), m.jobTitle(), code, m.status().name().toLowerCase(Locale.ROOT),
                m.roles().stream().map(Role::group).sorted().toList(), m.createdAt());
    }
}
