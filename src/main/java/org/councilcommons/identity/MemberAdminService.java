package org.councilcommons.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.councilcommons.platform.audit.AuditLog;
import org.councilcommons.platform.errors.AccessDenied;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.platform.errors.NotFound;
import org.councilcommons.platform.errors.NotSignedIn;
import org.councilcommons.platform.errors.StateConflict;

/** What administrators do to members: approve, grant and revoke roles, onboard in bulk. Every act is audited. */
@ApplicationScoped
public class MemberAdminService {

    @PersistenceContext(unitName = "commons")
    EntityManager em;

    @Inject
    MemberRepository members;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccountMail accountMail;

    @Inject
    CouncilDirectory councils;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public record Page(List<Member> members, long total) {}

    @Transactional
    public Page list(MemberStatus status, int first, int max) {
        administrator();
        String where = status == null ? "" : " where m.status = :status";
        var query = em.createQuery("select m from Member m" + where + " order by m.createdAt desc, m.id desc", Member.class);
        var count = em.createQuery("select count(m) from Member m" + where, Long.class);
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        return new Page(query.setFirstResult(first).setMaxResults(max).getResultList(), count.getSingleResult());
    }

    @Transactional
    public Member approve(long memberId, String councilCode) {
        Long adminId = administrator();
        Member member = member(memberId);
        if (member.status() != MemberStatus.AWAITING_APPROVAL) {
            throw new StateConflict("This member is not waiting for approval");
        }
        Long councilId = councilCode == null || councilCode.isBlank() ? null : councils.councilForCode(councilCode)
                .orElseThrow(() -> InvalidInput.of("councilCode", "No council has the code " + councilCode));
        member.approve(councilId);
        audit.record(adminId, "member.approved", "member", memberId,
                member.email() + (councilCode == null ? "" : " for council " + councilCode));
        accountMail.approved(member);
        return member;
    }

    @Transactional
    public Member grant(long memberId, Role role) {
        Long adminId = administrator();
        Member member = member(memberId);
        if (!member.has(role)) {
            member.grant(role);
            audit.record(adminId, "role.granted", "member", memberId, member.email() + " is now " + role.group());
        }
        return member;
    }

    @Transactional
    public Member revoke(long memberId, Role role) {
        Long adminId = administrator();
        Member member = member(memberId);
        if (role == Role.ADMINISTRATOR && adminId.equals(memberId)) {
            throw new StateConflict("You cannot remove your own administrator role; ask another administrator");
        }
        if (member.revoke(role)) {
            audit.record(adminId, "role.revoked", "member", memberId, member.email() + " is no longer " + role.group());
        }
        return member;
    }

    /**
     * Adds a member who is known to belong (bulk onboarding). Without a password they get an e-mail to choose one.
     */
    @Transactional
    public Member onboard(String email, String name, String councilCode, Set<Role> roles, String password) {
        Long adminId = administrator();
        List<FieldError> errors = new ArrayList<>();
        if (!Emails.looksValid(email)) {
            errors.add(new FieldError("email", "Enter an e-mail address in the correct format, like name@council.gov.uk"));
        }
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "Enter the member's full name"));
        }
        Long councilId = null;
        if (councilCode != null && !councilCode.isBlank()) {
            councilId = councils.councilForCode(councilCode).orElse(null);
            if (councilId == null) {
                errors.add(new FieldError("councilCode", "No council has the code " + councilCode));
            }
        }
        if (roles.contains(Role.COUNCIL_EDITOR) && councilId == null && errors.stream().noneMatch(e -> e.field().equals("councilCode"))) {
            errors.add(new FieldError("councilCode", "A council editor needs a council"));
        }
        if (password != null) {
            errors.addAll(PasswordPolicy.check("password", password, email, name));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (members.byEmail(email).isPresent()) {
            throw new StateConflict("A member with the e-mail address " + Member.normaliseEmail(email) + " already exists");
        }
        String hash = hasher.hash((password == null ? java.util.UUID.randomUUID().toString() : password).toCharArray());
        Member member = members.add(new Member(email, name, hash, Instant.now(clock)));
        member.approve(councilId);
        roles.forEach(member::grant);
        audit.record(adminId, "member.onboarded", "member", member.id(),
                member.email() + " with roles " + member.roles().stream().map(Role::group).sorted().toList());
        if (password == null) {
            accountMail.welcome(member);
        }
        return member;
    }

    private Member member(long id) {
        return members.byId(id).orElseThrow(() -> new NotFound("No member has the id " + id));
    }

    private Long administrator() {
        Member me = caller.member().orElseThrow(NotSignedIn::new);
        if (!me.has(Role.ADMINISTRATOR)) {
            throw new AccessDenied("Only administrators can manage members");
        }
        return me.id();
    }
}
