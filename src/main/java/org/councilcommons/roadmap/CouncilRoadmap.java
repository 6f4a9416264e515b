package org.councilcommons.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A council's roadmap: which self-assessment it was built from (to show what moved since) and a version that every
 * save bumps, so two editors saving at once cannot overwrite each other unseen. The steps are {@link CouncilStep}s.
 */
@Entity
@Table(name = "council_roadmap")
public class CouncilRoadmap {

    @Id
    @Column(name = "council_id")
    private Long councilId;

    @Column(name = "based_on")
    private Long basedOn;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Version
    private int version;

    protected CouncilRoadmap() {}

    CouncilRoadmap(Long councilId, Long basedOn, Long memberId, Instant now) {
        this.councilId = councilId;
        this.basedOn = basedOn;
        this.createdAt = now;
        touch(memberId, now);
    }

    /** Marks a change; the entity's version moves with it. */
    void touch(Long memberId, Instant now) {
        this.updatedAt = now;
        this.updatedBy = memberId;
    }

    void rebase(Long assessmentId) {
        this.basedOn = assessmentId;
    }

    public Long councilId() {
        return councilId;
    }

    public Long basedOn() {
        return basedOn;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }
}
