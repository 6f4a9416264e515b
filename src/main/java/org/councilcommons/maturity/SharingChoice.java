package org.councilcommons.maturity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A council's choice of who sees its maturity levels; a council without one is private. */
@Entity
@Table(name = "maturity_sharing")
public class SharingChoice {

    @Id
    @Column(name = "council_id")
    private Long councilId;

    @Enumerated(EnumType.STRING)
    private Sharing sharing;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private int version;

    protected SharingChoice() {}

    public SharingChoice(Long councilId) {
        this.councilId = councilId;
        this.sharing = Sharing.PRIVATE;
    }

    public void choose(Sharing sharing, Long memberId, Instant now) {
        this.sharing = sharing;
        this.updatedBy = memberId;
        this.updatedAt = now;
    }

    public Long councilId() {
        return councilId;
    }

    public Sharing sharing() {
        return sharing;
    }
}
