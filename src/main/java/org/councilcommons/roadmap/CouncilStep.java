package org.councilcommons.roadmap;

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
import java.time.LocalDate;

/** One step on a council's roadmap: its place in the order, owner, target date, status, notes and evidence. */
@Entity
@Table(name = "council_roadmap_step")
public class CouncilStep {

    @Id
    @SequenceGenerator(name = "council_roadmap_step_seq", sequenceName = "council_roadmap_step_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "council_roadmap_step_seq")
    private Long id;

    @Column(name = "council_id")
    private Long councilId;

    @Column(name = "step_key")
    private String stepKey;

    private int position;

    @Enumerated(EnumType.STRING)
    private StepStatus status;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "target_date")
    private LocalDate targetDate;

    private String notes;

    private String reason;

    private String evidence;

    @Column(name = "case_study_id")
    private Long caseStudyId;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected CouncilStep() {}

    CouncilStep(Long councilId, String stepKey, int position, String reason, Instant now) {
        this.councilId = councilId;
        this.stepKey = stepKey;
        this.position = position;
        this.status = StepStatus.NOT_STARTED;
        this.reason = reason;
        this.updatedAt = now;
    }

    /** Applies an editor's change; a new target date or owner means the next overdue reminder is due afresh. */
    void change(StepStatus status, Long ownerId, LocalDate targetDate, String notes, String evidence, Instant now) {
        if (!java.util.Objects.equals(targetDate, this.targetDate) || !java.util.Objects.equals(ownerId, this.ownerId)) {
            remindedAt = null;
        }
        if (status == StepStatus.DONE && this.status != StepStatus.DONE) {
            completedAt = now;
        } else if (status != StepStatus.DONE) {
            completedAt = null;
        }
        this.status = status;
        this.ownerId = ownerId;
        this.targetDate = targetDate;
        this.notes = notes;
        this.evidence = evidence;
        this.updatedAt = now;
    }

    void moveTo(int position) {
        this.position = position;
    }

    void because(String reason) {
        this.reason = reason;
    }

    void published(Long caseStudyId) {
        this.caseStudyId = caseStudyId;
    }

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && targetDate != null && targetDate.isBefore(today);
    }

    public Long id() {
        return id;
    }

    public Long councilId() {
        return councilId;
    }

    public String stepKey() {
        return stepKey;
    }

    public int position() {
        return position;
    }

    public StepStatus status() {
        return status;
    }

    public Long ownerId() {
        return ownerId;
    }

    public LocalDate targetDate() {
        return targetDate;
    }

    public String notes() {
        return notes;
    }

    public String reason() {
        return reason;
    }

    public String evidence() {
        return evidence;
    }

    public Long caseStudyId() {
        return caseStudyId;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
