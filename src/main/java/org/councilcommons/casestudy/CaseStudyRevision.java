package org.councilcommons.casestudy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One save of a case study: who, when, what they did, and the content as it then stood (JSON). */
@Entity
@Table(name = "case_study_revision")
public class CaseStudyRevision {

    public enum Action { CREATED, EDITED, PUBLISHED, WITHDRAWN }

    @Id
    @SequenceGenerator(name = "case_study_revision_seq", sequenceName = "case_study_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_study_revision_seq")
    private Long id;

    @Column(name = "case_study_id")
    private Long caseStudyId;

    private int number;

    @Enumerated(EnumType.STRING)
    private Action action;

    @Column(name = "editor_id")
    private Long editorId;

    @Column(name = "created_at")
    private Instant createdAt;

    private String snapshot;

    protected CaseStudyRevision() {}

    CaseStudyRevision(Long caseStudyId, int number, Action action, Long editorId, Instant createdAt, String snapshot) {
        this.caseStudyId = caseStudyId;
        this.number = number;
        this.action = action;
        this.editorId = editorId;
        this.createdAt = createdAt;
        this.snapshot = snapshot;
    }

    public int number() {
        return number;
    }

    public Action action() {
        return action;
    }

    public Long editorId() {
        return editorId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String snapshot() {
        return snapshot;
    }
}
