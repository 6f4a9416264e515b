package org.councilcommons.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/** Something a member should know about: a reply in a thread they watch, a new thread in a category they watch. */
@Entity
public class Notification {

    /** Why the member is told. */
    public enum Kind { REPLY, NEW_THREAD, CASE_STUDY, MENTION }

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Column(name = "member_id")
    private Long memberId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;

    @Column(name = "thread_id")
    private Long threadId;

    @Column(name = "post_number")
    private int postNumber;

    @Column(name = "actor_id")
    private Long actorId;

    private String summary;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    protected Notification() {}

    Notification(Long memberId, Kind kind, Long threadId, int postNumber, Long actorId, String summary, Instant now) {
        this.memberId = memberId;
        this.kind = kind;
        this.threadId = threadId;
        this.postNumber = postNumber;
        this.actorId = actorId;
        this.summary = summary.length() > 300 ? summary.substring(0, 299) + "…" : summary;
        this.createdAt = now;
    }

    void emailed(Instant now) {
        this.emailedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long memberId() {
        return memberId;
    }

    public Kind kind() {
        return kind;
    }

    public Long threadId() {
        return threadId;
    }

    public int postNumber() {
        return postNumber;
    }

    public String summary() {
        return summary;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public String url() {
        return "/threads/" + threadId + "#post-" + postNumber;
    }
}
