package org.councilcommons.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * A single-use, expiring secret sent by e-mail: to confirm an address or to (re)set a password. Only its hash is
 * stored, so the database alone cannot be used to take over an account.
 */
@Entity
@Table(name = "member_token")
public class MemberToken {

    public enum Purpose {
        CONFIRM_EMAIL(Duration.ofDays(2)),
        RESET_PASSWORD(Duration.ofHours(1)),
        SET_PASSWORD(Duration.ofDays(7));

        private final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }

        public Duration lifetime() {
            return lifetime;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @SequenceGenerator(name = "member_token_seq", sequenceName = "member_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_token_seq")
    private Long id;

    @Column(name = "member_id")
    private Long memberId;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected MemberToken() {}

    public record Issued(MemberToken token, String secret) {}

    public static Issued issue(Long memberId, Purpose purpose, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        MemberToken t = new MemberToken();
        t.memberId = memberId;
        t.purpose = purpose;
        t.tokenHash = ApiToken.hash(secret);
        t.createdAt = now;
        t.expiresAt = now.plus(purpose.lifetime());
        return new Issued(t, secret);
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Spends the token; a second use finds it used. */
    public void use(Instant now) {
        usedAt = now;
    }

    public Long memberId() {
        return memberId;
    }

    public Purpose purpose() {
        return purpose;
    }
}
