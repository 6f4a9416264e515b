package org.councilcommons.maturity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.councilcommons.platform.errors.StateConflict;

/**
 * A link between two councils: one asks, the other accepts or declines; either can end an accepted link. Linked
 * councils see each other's shared levels and contacts.
 */
@Entity
@Table(name = "council_link")
public class CouncilLink {

    public enum State { REQUESTED, ACCEPTED, DECLINED, ENDED }

    @Id
    @SequenceGenerator(name = "council_link_seq", sequenceName = "council_link_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "council_link_seq")
    private Long id;

    @Column(name = "from_council_id")
    private Long fromCouncilId;

    @Column(name = "to_council_id")
    private Long toCouncilId;

    @Enumerated(EnumType.STRING)
    private State state;

    @Size(max = 1000, message = "The message must be 1,000 characters or fewer")
    private String message;

    @Column(name = "requested_by")
    private Long requestedBy;

    @Column(name = "answered_by")
    private Long answeredBy;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private int version;

    protected CouncilLink() {}

    public CouncilLink(Long fromCouncilId, Long toCouncilId, String message, Long memberId, Instant now) {
        this.fromCouncilId = fromCouncilId;
        this.toCouncilId = toCouncilId;
        this.message = message == null || message.isBlank() ? null : message.trim();
        this.requestedBy = memberId;
        this.requestedAt = now;
        this.state = State.REQUESTED;
    }

    public void answer(boolean accept, Long memberId, Instant now) {
        if (state != State.REQUESTED) {
            throw new StateConflict("This request has already been answered");
        }
        state = accept ? State.ACCEPTED : State.DECLINED;
        answeredBy = memberId;
        answeredAt = now;
    }

    /** Ends an accepted link, or withdraws a request not yet answered. */
    public void end(Long memberId, Instant now) {
        if (state != State.ACCEPTED && state != State.REQUESTED) {
            throw new StateConflict("This link has already ended");
        }
        state = State.ENDED;
        answeredBy = memberId;
        answeredAt = now;
    }

    public boolean involves(Long councilId) {
        return fromCouncilId.equals(councilId) || toCouncilId.equals(councilId);
    }

    /** The council at the other end, seen from one of the two. */
    public Long otherThan(Long councilId) {
        return fromCouncilId.equals(councilId) ? toCouncilId : fromCouncilId;
    }

    public Long id() {
        return id;
    }

    public Long fromCouncilId() {
        return fromCouncilId;
    }

    public Long toCouncilId() {
        return toCouncilId;
    }

    public State state() {
        return state;
    }

    public boolean isActive() {
        return state == State.ACCEPTED;
    }

    public String message() {
        return message;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
