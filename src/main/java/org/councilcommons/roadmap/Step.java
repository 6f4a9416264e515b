package org.councilcommons.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/**
 * A step of the network roadmap, curated by moderators: what to do, the maturity dimensions it moves, what "done"
 * looks like and the evidence a council can point to. Every edit bumps {@code revision} and is kept as a
 * {@link StepRevision}.
 */
@Entity
@Table(name = "roadmap_step")
public class Step {

    @Id
    @Column(name = "step_key")
    private String key;

    @Column(name = "stage_key")
    private String stageKey;

    private int position;

    private String title;

    private String summary;

    @Column(name = "done_looks_like")
    private String doneLooksLike;

    private String evidence;

    private String dimensions;

    @Column(name = "search_terms")
    private String searchTerms;

    private int revision;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Version
    private int version;

    protected Step() {}

    Step(String key, int position, StepText text, Long editor, Instant now) {
        this.key = key;
        this.position = position;
        this.revision = 0;
        revise(text, editor, now);
    }

    /** Applies a moderator's edit and returns the revision to keep. */
    StepRevision revise(StepText text, Long editor, Instant now) {
        stageKey = text.stageKey();
        title = text.title();
        summary = text.summary();
        doneLooksLike = text.doneLooksLike();
        evidence = text.evidence();
        dimensions = text.dimensionList();
        searchTerms = text.searchTerms();
        revision++;
        updatedAt = now;
        updatedBy = editor;
        return new StepRevision(key, revision, text, editor, now);
    }

    void moveTo(String stageKey, int position) {
        this.stageKey = stageKey;
        this.position = position;
    }

    public StepText text() {
        return new StepText(stageKey, title, summary, doneLooksLike, evidence, dimensionKeys(), searchTerms);
    }

    public String key() {
        return key;
    }

    public String stageKey() {
        return stageKey;
    }

    public int position() {
        return position;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String doneLooksLike() {
        return doneLooksLike;
    }

    public String evidence() {
        return evidence;
    }

    public List<String> dimensionKeys() {
        return StepText.dimensionsOf(dimensions);
    }

    public String searchTerms() {
        return searchTerms;
    }

    public int revision() {
        return revision;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }
}
