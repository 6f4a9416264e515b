package org.councilcommons.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** A person who signs in: an officer, councillor or member of staff, perhaps of one council. */
@Entity
public class Member {

    @Id
    @SequenceGenerator(name = "member_seq", sequenceName = "member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_seq")
    private Long id;

    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    @NotBlank
    @Size(max = 120)
    private String name;

    @Size(max = 120)
    @Column(name = "job_title")
    private String jobTitle;

    @Column(name = "password_hash")
    private String passwordHash;

    /** The council this member works for, by id (features refer to each other by id). */
    @Column(name = "council_id")
    private Long councilId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_role", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Enumerated(EnumType.STRING)
    private MemberStatus status = MemberStatus.ACTIVE;

    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    /** Topics and barriers this member offers to help others with, in their words. */
    @Size(max = 500)
    @Column(name = "helps_with")
    private String helpsWith;

    @Column(name = "suspended_until")
    private Instant suspendedUntil;

    @Column(name = "suspension_reason")
    private String suspensionReason;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private int version;

    protected Member() {}

    public Member(String email, String name, String passwordHash, Instant now) {
        this.email = normaliseEmail(email);
        this.name = name == null ? null : name.trim();
        this.passwordHash = passwordHash;
        this.createdAt = now;
        this.roles.add(Role.MEMBER);
    }

    public static String normaliseEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    /** A self-registered member starts unconfirmed; one created by an administrator starts active. */
    public static Member registered(String email, String name, String jobTitle, String passwordHash, Instant now) {
        Member m = new Member(email, name, passwordHash, now);
        m.jobTitle = jobTitle;
        m.status = MemberStatus.AWAITING_CONFIRMATION;
        return m;
    }

    /**
     * The member proved they read mail at their address. A council's domain makes them a member of it at once;
     * any other domain waits for an administrator.
     */
    public void confirmEmail(Long councilOfDomain, Instant now) {
        if (emailConfirmedAt == null) {
            emailConfirmedAt = now;
        }
        if (status == MemberStatus.AWAITING_CONFIRMATION) {
            if (councilOfDomain != null) {
                councilId = councilOfDomain;
                status = MemberStatus.ACTIVE;
            } else {
                status = MemberStatus.AWAITING_APPROVAL;
            }
        }
    }

    public void approve(Long council) {
        if (council != null) {
            councilId = council;
        }
        status = MemberStatus.ACTIVE;
    }

    public void grant(Role role) {
        roles.add(role);
    }

    /** Every member keeps the member role; the others can be taken away. */
    public boolean revoke(Role role) {
        return role != Role.MEMBER && roles.remove(role);
    }

    public void updateProfile(String name, String jobTitle, String helpsWith) {
        this.name = name == null ? null : name.trim();
        this.jobTitle = jobTitle == null || jobTitle.isBlank() ? null : jobTitle.trim();
        this.helpsWith = helpsWith == null || helpsWith.isBlank() ? null : helpsWith.trim();
    }

    /** Stops the member posting until a time, with the reason they are shown; null lifts it. */
    public void suspend(Instant until, String reason) {
        this.suspendedUntil = until;
        this.suspensionReason = until == null ? null : reason;
    }

    public boolean isSuspended(Instant now) {
        return suspendedUntil != null && suspendedUntil.isAfter(now);
    }

    public Instant suspendedUntil() {
        return suspendedUntil;
    }

    public String suspensionReason() {
        return suspensionReason;
    }

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    public MemberStatus status() {
        return status;
    }

    public String helpsWith() {
        return helpsWith;
    }

    /** The part after the @, which decides the council. */
    public String emailDomain() {
        return email.substring(email.indexOf('@') + 1);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public void joinCouncil(Long councilId) {
        this.councilId = councilId;
    }

    public void describe(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public void changePasswordHash(String hash) {
        this.passwordHash = hash;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public String jobTitle() {
        return jobTitle;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Long councilId() {
        return councilId;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }
}
