package org.councilcommons.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of a roadmap step as a moderator left it. */
@Entity
@Table(name = "roadmap_step_revision")
public class StepRevision {

    @Id
    @SequenceGenerator(name = "roadmap_step_revision_seq", sequenceName = "roadmap_step_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "roadmap_step_revision_seq")
    private Long id;

    @Column(name = "step_key")
    private String stepKey;

    private int revision;

    @Column(name = "stage_key")
    private String stageKey;

    private String title;

    private String summary;

    @Column(name = "done_looks_like")
    private String doneLooksLike;

    private String evidence;

    private String dimensions;

    @Column(name = "search_terms")
    private String searchTerms;

    @Column(name = "editor_id")
    private Long editorId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected StepRevision() {}

    StepRevision(String stepKey, int revision, StepText text, Long editorId, Instant now) {
        this.stepKey = stepKey;
        this.revision = revision;
        this.stageKey = text.stageKey();
        this.title = text.title();
        this.summary = text.summary();
        this.doneLooksLike = text.doneLooksLike();
        this.evidence = text.evidence();
        this.dimensions = text.dimensionList();
        this.searchTerms = text.searchTerms();
        this.editorId = editorId;
        this.createdAt = now;
    }

    public int revision() {
        return revision;
    }

    public StepText text() {
        return new StepText(stageKey, title, summary, doneLooksLike, evidence, StepText.dimensionsOf(dimensions), searchTerms);
    }

    public Long editorId() {
        return editorId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
