package org.councilcommons.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;

/**
 * Checks an e-mail address and password, with throttling, the same answer for an unknown address and a wrong
 * password (at the same cost), and stronger hashing applied to old hashes as members sign in.
 */
@ApplicationScoped
public class SignInService {

    /** What happened; only a correct password learns anything about the account's state. */
    public sealed interface Outcome {
        record Success(Member member) implements Outcome {}

        record WrongCredentials() implements Outcome {}

        record Throttled(Duration retryAfter) implements Outcome {}

        record NotActive(MemberStatus status) implements Outcome {}
    }

    @Inject
    MemberRepository members;

    @Inject
    PasswordHasher hasher;

    @Inject
    SignInThrottle throttle;

    @Inject
    AccountMail accountMail;

    @Transactional
    public Outcome signIn(String email, char[] password, String clientAddress) {
        String account = Member.normaliseEmail(email);
        SignInThrottle.Decision decision = throttle.check(account, clientAddress);
        if (!decision.allowed()) {
            return new Outcome.Throttled(decision.retryAfter());
        }
        Optional<Member> found = account == null ? Optional.empty() : members.byEmail(account);
        if (found.isEmpty()) {
            hasher.spendEquivalentTime(password);
            throttle.failed(account, clientAddress);
            return new Outcome.WrongCredentials();
        }
        Member member = found.get();
        if (!hasher.matches(password, member.passwordHash())) {
            throttle.failed(account, clientAddress);
            return new Outcome.WrongCredentials();
        }
        throttle.succeeded(account, clientAddress);
        if (hasher.needsUpgrade(member.passwordHash())) {
            member.changePasswordHash(hasher.hash(password));
        }
        if (!member.isActive()) {
            if (member.status() == MemberStatus.AWAITING_CONFIRMATION) {
                accountMail.confirmation(member);
            }
            return new Outcome.NotActive(member.status());
        }
        return new Outcome.Success(member);
    }

    /** What to tell someone whose correct password found an account that cannot sign in yet. */
    public static String explain(MemberStatus status) {
        return switch (status) {
            case AWAITING_CONFIRMATION -> "Confirm your e-mail address first: we have sent you a new link.";
            case AWAITING_APPROVAL -> "An administrator has not yet approved your membership. You will get an e-mail"
                    + " when they have.";
            case SUSPENDED -> "Your account is suspended. Contact an administrator if you think this is wrong.";
            case ACTIVE -> "";
        };
    }
}
