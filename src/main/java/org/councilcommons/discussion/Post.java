package org.councilcommons.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One post: the Markdown as written beside the sanitised HTML and the render version that made it (after Discourse),
 * numbered within its thread. Deleting is soft; moderators hide and restore.
 */
@Entity
public class Post {

    @Id
    @SequenceGenerator(name = "post_seq", sequenceName = "post_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_seq")
    private Long id;

    @Column(name = "thread_id")
    private Long threadId;

    @Column(name = "post_number")
    private int number;

    @Column(name = "author_id")
    private Long authorId;

    private String raw;

    private String html;

    @Column(name = "render_version")
    private int renderVersion;

    @Column(name = "reply_to")
    private Integer replyTo;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    private boolean hidden;

    @Column(name = "hidden_reason")
    private String hiddenReason;

    @Column(name = "helpful_count")
    private int helpfulCount;

    @Version
    private int version;

    protected Post() {}

    Post(Long threadId, int number, Long authorId, String raw, Integer replyTo, Instant now) {
        this.threadId = threadId;
        this.number = number;
        this.authorId = authorId;
        this.replyTo = replyTo;
        this.createdAt = now;
        write(raw);
    }

    private void write(String raw) {
        this.raw = raw;
        this.html = PostRenderer.render(raw);
        this.renderVersion = PostRenderer.VERSION;
    }

    void edit(String raw, Instant now) {
        write(raw);
        this.editedAt = now;
    }

    void delete(Instant now) {
        this.deletedAt = now;
    }

    void hide(String reason) {
        this.hidden = true;
        this.hiddenReason = reason;
    }

    void restore() {
        this.hidden = false;
        this.hiddenReason = null;
    }

    void helpful(int change) {
        helpfulCount = Math.max(0, helpfulCount + change);
    }

    public Long id() {
        return id;
    }

    public Long threadId() {
        return threadId;
    }

    public int number() {
        return number;
    }

    public Long authorId() {
        return authorId;
    }

    public String raw() {
        return raw;
    }

    public String html() {
        return html;
    }

    public int renderVersion() {
        return renderVersion;
    }

    public Integer replyTo() {
        return replyTo;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public boolean isHidden() {
        return hidden;
    }

    public String hiddenReason() {
        return hiddenReason;
    }

    public int helpfulCount() {
        return helpfulCount;
    }

    public int version() {
        return version;
    }
}
