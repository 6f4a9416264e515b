package org.councilcommons.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** "Entity X changed": a row the search indexer reads to re-index X from the database. */
@Entity
@Table(name = "search_event")
public class SearchEvent {

    @Id
    @SequenceGenerator(name = "search_event_seq", sequenceName = "search_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "search_event_seq")
    private Long id;

    @Column(name = "entity_type")
    private String entityType;

    @Column(name = "entity_id")
    private Long entityId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected SearchEvent() {}

    SearchEvent(String entityType, Long entityId, Instant createdAt) {
        this.entityType = entityType;
        this.entityId = entityId;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String entityType() {
        return entityType;
    }

    public Long entityId() {
        return entityId;
    }
}
