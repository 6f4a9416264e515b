package org.councilcommons.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a post said before an edit, who changed it and when. */
@Entity
@Table(name = "post_revision")
public class PostRevision {

    @Id
    @SequenceGenerator(name = "post_revision_seq", sequenceName = "post_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_revision_seq")
    private Long id;

    @Column(name = "post_id")
    private Long postId;

    private int revision;

    @Column(name = "editor_id")
    private Long editorId;

    private String raw;

    @Column(name = "created_at")
    private Instant createdAt;

    protected PostRevision() {}

    PostRevision(Long postId, int revision, Long editorId, String raw, Instant now) {
        this.postId = postId;
        this.revision = revision;
        this.editorId = editorId;
        this.raw = raw;
        this.createdAt = now;
    }

    public int revision() {
        return revision;
    }

    public Long editorId() {
        return editorId;
    }

    public String raw() {
        return raw;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
