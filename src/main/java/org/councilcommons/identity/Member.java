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

    public void grant(Role role) {
        roles.add(role);
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
