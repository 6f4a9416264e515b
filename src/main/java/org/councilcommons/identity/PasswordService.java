package org.councilcommons.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.platform.errors.NotSignedIn;

/** Forgotten passwords (by e-mail link), first passwords of onboarded members, and changing one's password. */
@ApplicationScoped
public class PasswordService {

    @Inject
    MemberRepository members;

    @Inject
    MemberTokens tokens;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccountMail accountMail;

    @Inject
    CouncilDirectory councils;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Always succeeds from the outside: whether the address is registered is told only to its owner. */
    @Transactional
    public void requestReset(String email) {
        if (!Emails.looksValid(email)) {
            throw InvalidInput.of("email", "Enter your e-mail address in the correct format, like name@council.gov.uk");
        }
        members.byEmail(email).filter(m -> m.status() != MemberStatus.SUSPENDED).ifPresent(accountMail::passwordReset);
    }

    /** Whether a reset link can still be used, to show the form or say it has expired. */
    @Transactional
    public boolean isUsable(String secret) {
        return tokens.usable(secret, Set.of(MemberToken.Purpose.RESET_PASSWORD, MemberToken.Purpose.SET_PASSWORD),
                Instant.now(clock)).isPresent();
    }

    /** Sets a new password from an e-mailed link; the link also proves the address, so it confirms it. */
    @Transactional
    public boolean reset(String secret, String newPassword) {
        Instant now = Instant.now(clock);
        Optional<MemberToken> token = tokens.usable(secret,
                Set.of(MemberToken.Purpose.RESET_PASSWORD, MemberToken.Purpose.SET_PASSWORD), now);
        if (token.isEmpty()) {
            return false;
        }
        Member member = members.byId(token.get().memberId()).orElseThrow();
        require(PasswordPolicy.check("password", newPassword, member.email(), member.name()));
        member.changePasswordHash(hasher.hash(newPassword.toCharArray()));
        tokens.spendAll(member.id(), MemberToken.Purpose.RESET_PASSWORD, now);
        tokens.spendAll(member.id(), MemberToken.Purpose.SET_PASSWORD, now);
        member.confirmEmail(councils.councilForDomain(member.emailDomain()).orElse(null), now);
        return true;
    }

    @Transactional
    public void change(String currentPassword, String newPassword) {
        // load within this transaction: the caller's member was read outside it and would not be saved
        Member member = caller.memberId().flatMap(members::byId).orElseThrow(NotSignedIn::new);
        if (currentPassword == null || !hasher.matches(currentPassword.toCharArray(), member.passwordHash())) {
            throw InvalidInput.of("currentPassword", "Your current password is not correct");
        }
        require(PasswordPolicy.check("newPassword", newPassword, member.email(), member.name()));
        member.changePasswordHash(hasher.hash(newPassword.toCharArray()));
    }

    private static void require(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
