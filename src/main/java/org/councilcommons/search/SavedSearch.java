package org.councilcommons.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A search a member follows: new matches come to them by e-mail, daily or weekly. */
@Entity
@Table(name = "saved_search")
public class SavedSearch {

    public enum Frequency {
        DAILY(Duration.ofDays(1)), WEEKLY(Duration.ofDays(7));

        private final Duration period;

        Frequency(Duration period) {
            this.period = period;
        }

        public Duration period() {
            return period;
        }
    }

    @Id
    @SequenceGenerator(name = "saved_search_seq", sequenceName = "saved_search_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_search_seq")
    private Long id;

    @Column(name = "member_id")
    private Long memberId;

    /** The search page's query string (q and filters), so the digest links back to the same search. */
    private String query;

    private String label;

    @Enumerated(EnumType.STRING)
    private Frequency frequency;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_sent_at")
    private Instant lastSentAt;

    /** Case studies published up to here have been considered; the next digest looks after it. */
    @Column(name = "checked_up_to")
    private Instant checkedUpTo;

    protected SavedSearch() {}

    public SavedSearch(Long memberId, String query, String label, Frequency frequency, Instant now) {
        this.memberId = memberId;
        this.query = query;
        this.label = label;
        this.frequency = frequency;
        this.createdAt = now;
        this.checkedUpTo = now;
    }

    /** Due when a full period has passed since the last digest (or since following it). */
    public boolean isDue(Instant now) {
        Instant last = lastSentAt == null ? createdAt : lastSentAt;
        return !now.isBefore(last.plus(frequency.period()));
    }

    public void digested(Instant now) {
        lastSentAt = now;
        checkedUpTo = now;
    }

    public Long id() {
        return id;
    }

    public Long memberId() {
        return memberId;
    }

    public String query() {
        return query;
    }

    public String label() {
        return label;
    }

    public Frequency frequency() {
        return frequency;
    }

    public Instant checkedUpTo() {
        return checkedUpTo;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
