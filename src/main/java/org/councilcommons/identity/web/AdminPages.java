package org.councilcommons.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.councilcommons.identity.CouncilDirectory;
import org.councilcommons.identity.Member;
import org.councilcommons.identity.MemberAdminService;
import org.councilcommons.identity.MemberStatus;
import org.councilcommons.identity.Role;
import org.councilcommons.platform.audit.AuditEntry;
import org.councilcommons.platform.audit.AuditLog;
import org.councilcommons.platform.errors.AccessDenied;
import org.councilcommons.platform.errors.CommonsException;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.web.Pages;

/** Administrators: the approval queue, roles, and the audit log. The services check who may act. */
@Named("adminPages")
@RequestScoped
public class AdminPages {

    @Inject
    MemberAdminService admin;

    @Inject
    CouncilDirectory councils;

    @Inject
    AuditLog audit;

    private List<FieldError> errors = List.of();

    /** On GET: anyone but an administrator gets the "no permission" page. */
    public void check() {
        try {
            admin.list(MemberStatus.AWAITING_APPROVAL, 0, 1);
        } catch (AccessDenied e) {
            Pages.sendError(403);
        }
    }

    public List<Member> getAwaitingApproval() {
        return admin.list(MemberStatus.AWAITING_APPROVAL, 0, 200).members();
    }

    public List<Member> getActive() {
        return admin.list(MemberStatus.ACTIVE, 0, 500).members();
    }

    public List<Role> getGrantableRoles() {
        return Arrays.stream(Role.values()).filter(r -> r != Role.MEMBER).toList();
    }

    public String councilOf(Member member) {
        return member.councilId() == null ? "None" : councils.nameOf(member.councilId()).orElse("None");
    }

    public String roleLabel(Role role) {
        return switch (role) {
            case MEMBER -> "Member";
            case COUNCIL_EDITOR -> "Council editor";
            case MODERATOR -> "Moderator";
            case ADMINISTRATOR -> "Administrator";
        };
    }

    public String approve() {
        return act(() -> admin.approve(memberId(), Pages.param("councilCode")), "approved");
    }

    public String grant() {
        return act(() -> admin.grant(memberId(), Role.valueOf(Pages.param("role"))), "granted");
    }

    public String revoke() {
        return act(() -> admin.revoke(memberId(), Role.valueOf(Pages.param("role"))), "revoked");
    }

    private String act(Runnable action, String done) {
        try {
            action.run();
            Pages.redirect("/admin/members?done=" + done);
        } catch (CommonsException | IllegalArgumentException | NullPointerException e) {
            errors = List.of(new FieldError("members", e instanceof CommonsException ? e.getMessage()
                    : "Choose a role and a member"));
        }
        return null;
    }

    private static long memberId() {
        return Long.parseLong(Pages.param("memberId"));
    }

    public List<AuditEntry> getAudit() {
        return audit.page(0, 200);
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public String getDone() {
        return Pages.param("done");
    }
}
