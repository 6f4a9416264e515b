package org.councilcommons.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.errors.InvalidInput;

/**
 * Joining: register, confirm the e-mail address by a single-use link, and (for addresses at no council's domain)
 * wait for an administrator. Whether an address is already registered is never revealed on screen: the owner of
 * the address is told by e-mail instead.
 */
@ApplicationScoped
public class RegistrationService {

    public enum Confirmed { MEMBER_OF_COUNCIL, AWAITING_APPROVAL }

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
    Clock clock;

    @Transactional
    public void register(String name, String jobTitle, String email, String password) {
        List<FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "Enter your full name"));
        } else if (name.length() > 120) {
            errors.add(new FieldError("name", "Your name must be 120 characters or fewer"));
        }
        if (jobTitle != null && jobTitle.length() > 120) {
            errors.add(new FieldError("jobTitle", "Your job title must be 120 characters or fewer"));
        }
        if (!Emails.looksValid(email)) {
            errors.add(new FieldError("email", "Enter your work e-mail address in the correct format, like name@council.gov.uk"));
        }
        errors.addAll(PasswordPolicy.check("password", password, email, name));
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        // hash first on every path, so a registered address answers no faster than a new one
        String hash = hasher.hash(password.toCharArray());
        Optional<Member> existing = members.byEmail(email);
        if (existing.isPresent()) {
            accountMail.alreadyRegistered(existing.get());
            return;
        }
        Member member = members.add(Member.registered(email, name, jobTitle, hash, Instant.now(clock)));
        accountMail.confirmation(member);
    }

    /** Spends the link; empty when it is unknown, used or expired (one message for all three). */
    @Transactional
    public Optional<Confirmed> confirm(String secret) {
        Instant now = Instant.now(clock);
        return tokens.usable(secret, Set.of(MemberToken.Purpose.CONFIRM_EMAIL), now).map(token -> {
            Member member = members.byId(token.memberId()).orElseThrow();
            tokens.spendAll(member.id(), MemberToken.Purpose.CONFIRM_EMAIL, now);
            member.confirmEmail(councils.councilForDomain(member.emailDomain()).orElse(null), now);
            return member.isActive() ? Confirmed.MEMBER_OF_COUNCIL : Confirmed.AWAITING_APPROVAL;
        });
    }
}
