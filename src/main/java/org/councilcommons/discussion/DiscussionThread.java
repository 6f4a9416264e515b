package org.councilcommons.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.councilcommons.platform.errors.StateConflict;

/**
 * A thread: a title, a first post and replies, in a category, and optionally about a case study. Posts are numbered
 * within it (after Discourse); the thread keeps the count, so the next number is known without a query.
 */
@Entity
@Table(name = "thread")
public class DiscussionThread {

    @Id
    @SequenceGenerator(name = "thread_seq", sequenceName = "thread_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "thread_seq")
    private Long id;

    @Column(name = "category_key")
    private String categoryKey;

    private String title;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "case_study_id")
    private Long caseStudyId;

    /** A council the thread is about ("ask Reading about…"), if any. */
    @Column(name = "council_id")
    private Long councilId;

    /** A step of the learning roadmap the thread is about, if any. */
    @Column(name = "step_key")
    private String stepKey;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_posted_at")
    private Instant lastPostedAt;

    @Column(name = "post_count")
    private int postCount;

    @Column(name = "accepted_post")
    private Integer acceptedPost;

    private boolean locked;

    private boolean pinned;

    @Version
    private int version;

    protected DiscussionThread() {}

    public DiscussionThread(String categoryKey, String title, Long authorId, Long caseStudyId, Instant now) {
        this.categoryKey = categoryKey;
        this.title = title.strip();
        this.authorId = authorId;
        this.caseStudyId = caseStudyId;
        this.createdAt = now;
        this.lastPostedAt = now;
    }

    /** The number the next post gets; counting happens under the thread's lock (see the repository). */
    int nextPostNumber(Instant now) {
        postCount++;
        lastPostedAt = now;
        return postCount;
    }

    void about(Long councilId) {
        this.councilId = councilId;
    }

    void aboutStep(String stepKey) {
        this.stepKey = stepKey;
    }

    void accept(int postNumber) {
        if (postNumber < 2 || postNumber > postCount) {
            throw new StateConflict("Only a reply in this thread can be its accepted answer");
        }
        acceptedPost = postNumber;
    }

    void lock(boolean locked) {
        this.locked = locked;
    }

    void pin(boolean pinned) {
        this.pinned = pinned;
    }

    void moveTo(String categoryKey) {
        this.categoryKey = categoryKey;
    }

    public Long id() {
        return id;
    }

    public String categoryKey() {
        return categoryKey;
    }

    public String title() {
        return title;
    }

    public Long authorId() {
        return authorId;
    }

    public Long caseStudyId() {
        return caseStudyId;
    }

    public String stepKey() {
        return stepKey;
    }

    public Long councilId() {
        return councilId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastPostedAt() {
        return lastPostedAt;
    }

    public int postCount() {
        return postCount;
    }

    public Integer acceptedPost() {
        return acceptedPost;
    }

    public boolean isSolved() {
        return acceptedPost != null;
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isPinned() {
        return pinned;
    }
}
