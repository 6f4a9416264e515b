package org.councilcommons.search;

import java.time.Instant;
import java.util.List;

/**
 * What the index knows of one searchable thing (a case study now; threads and posts later), built by the indexer
 * from the current state of the entity. {@code body} is plain text: the caller strips HTML first.
 */
public record SearchDocument(
        String type, long id, String title, String summary, String body, List<String> themes, List<String> barriers,
        String councilCode, String councilName, String councilType, String region, String status, Instant publishedAt,
        String url) {

    public SearchDocument {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("A search document needs a type");
        }
        themes = themes == null ? List.of() : List.copyOf(themes);
        barriers = barriers == null ? List.of() : List.copyOf(barriers);
    }
}
