package org.councilcommons.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's flag on a post, with the reason; open until a moderator resolves it. */
@Entity
@Table(name = "post_flag")
public class PostFlag {

    @Id
    @SequenceGenerator(name = "post_flag_seq", sequenceName = "post_flag_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_flag_seq")
    private Long id;

    @Column(name = "post_id")
    private Long postId;

    @Column(name = "member_id")
    private Long memberId;

    private String reason;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by")
    private Long resolvedBy;

    private String outcome;

    protected PostFlag() {}

    PostFlag(Long postId, Long memberId, String reason, Instant now) {
        this.postId = postId;
        this.memberId = memberId;
        this.reason = reason.strip();
        this.createdAt = now;
    }

    void resolve(String outcome, Long moderatorId, Instant now) {
        this.outcome = outcome;
        this.resolvedBy = moderatorId;
        this.resolvedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long postId() {
        return postId;
    }

    public Long memberId() {
        return memberId;
    }

    public String reason() {
        return reason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }
}
