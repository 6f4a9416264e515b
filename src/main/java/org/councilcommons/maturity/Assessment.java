package org.councilcommons.maturity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.councilcommons.platform.errors.StateConflict;

/**
 * One self-assessment of one council: a draft that its editors fill in over several sittings, then a submission
 * that is kept for good (the council's history). Levels come from the answers through {@link Scoring}, or are given
 * directly through the API; either way the model version is recorded.
 */
@Entity
public class Assessment {

    public enum State { DRAFT, SUBMITTED }

    /** How the levels were reached: from answers to the statements, or given directly. */
    public enum Method { ANSWERS, LEVELS }

    @Id
    @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
    private Long id;

    @Column(name = "council_id")
    private Long councilId;

    /** The council's id while this is its open draft: the database allows one draft per council. */
    @Column(name = "draft_of")
    private Long draftOf;

    /** The council's most recent submission: what peers are matched on. */
    private boolean latest;

    @Column(name = "model_version")
    private String modelVersion;

    @Enumerated(EnumType.STRING)
    private State state;

    @Enumerated(EnumType.STRING)
    private Method method;

    @Column(name = "started_by")
    private Long startedBy;

    @Column(name = "submitted_by")
    private Long submittedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @ElementCollection
    @CollectionTable(name = "assessment_level", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "dimension")
    @Column(name = "maturity_level")
    private Map<String, Integer> levels = new TreeMap<>();

    @ElementCollection
    @CollectionTable(name = "assessment_answer", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "statement")
    @Column(name = "answer")
    @Enumerated(EnumType.STRING)
    private Map<String, Answer> answers = new TreeMap<>();

    @Version
    private int version;

    protected Assessment() {}

    public static Assessment draft(Long councilId, MaturityModel model, Long memberId, Instant now) {
        Assessment a = new Assessment();
        a.councilId = councilId;
        a.draftOf = councilId;
        a.modelVersion = model.version();
        a.state = State.DRAFT;
        a.method = Method.ANSWERS;
        a.startedBy = memberId;
        a.createdAt = now;
        a.updatedAt = now;
        return a;
    }

    /** A submission whose levels were given directly (the API's {@code {"levels":{...}}}). */
    public static Assessment ofLevels(Long councilId, MaturityModel model, Map<String, Integer> levels, Long memberId,
            Instant now) {
        Assessment a = draft(councilId, model, memberId, now);
        a.draftOf = null;
        a.method = Method.LEVELS;
        a.levels.putAll(levels);
        a.state = State.SUBMITTED;
        a.submittedBy = memberId;
        a.submittedAt = now;
        return a;
    }

    /** Records answers for some statements, keeping the others: a draft can be saved part done. */
    public void answer(Map<String, Answer> given, Instant now) {
        requireDraft();
        answers.putAll(given);
        updatedAt = now;
    }

    /** Submits the draft: the levels follow from the answers. The caller checks every statement is answered. */
    public void submit(MaturityModel model, Long memberId, Instant now) {
        requireDraft();
        levels.clear();
        levels.putAll(Scoring.levels(model, answers));
        state = State.SUBMITTED;
        draftOf = null;
        submittedBy = memberId;
        submittedAt = now;
        updatedAt = now;
    }

    void markLatest(boolean latest) {
        this.latest = latest;
    }

    private void requireDraft() {
        if (state != State.DRAFT) {
            throw new StateConflict("This self-assessment has been submitted; start a new one to change the answers");
        }
    }

    public Long id() {
        return id;
    }

    public Long councilId() {
        return councilId;
    }

    public boolean isLatest() {
        return latest;
    }

    public String modelVersion() {
        return modelVersion;
    }

    public State state() {
        return state;
    }

    public boolean isDraft() {
        return state == State.DRAFT;
    }

    public Method method() {
        return method;
    }

    public Long submittedBy() {
        return submittedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    /** Levels by dimension key, in the model's order when given the model. */
    public Map<String, Integer> levels() {
        return Collections.unmodifiableMap(levels);
    }

    public Map<String, Integer> levelsInOrder(MaturityModel model) {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        model.dimensions().forEach(d -> {
            if (levels.containsKey(d.key())) {
                ordered.put(d.key(), levels.get(d.key()));
            }
        });
        return ordered;
    }

    public Map<String, Answer> answers() {
        return Collections.unmodifiableMap(answers);
    }

    public int version() {
        return version;
    }
}
