package org.councilcommons.search;

import java.time.Instant;
import java.util.List;

/**
 * What the index knows of one searchable thing (a case study now; threads and posts later), built by the indexer
 * from the current state of the entity. {@code body} is plain text: the caller strips HTML first. {@code maturity}
 * is the publishing council's overall stage ("1" to "5"), given only when the council shares its levels with all
 * members; it is a facet and a boost for signed-in members only.
 */
public record SearchDocument(
        String type, long id, String title, String summary, String body, List<String> themes, List<String> barriers,
        String councilCode, String councilName, String councilType, String region, String status, Instant publishedAt,
        String url, String maturity) {

    public SearchDocument {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("A search document needs a type");
        }
        themes = themes == null ? List.of() : List.copyOf(themes);
        barriers = barriers == null ? List.of() : List.copyOf(barriers);
    }

    /** A document whose council's maturity stage is not shared with members (or not known). */
    public SearchDocument(String type, long id, String title, String summary, String body, List<String> themes,
            List<String> barriers, String councilCode, String councilName, String councilType, String region,
            String status, Instant publishedAt, String url) {
        this(type, id, title, summary, body, themes, barriers, councilCode, councilName, councilType, region, status,
                publishedAt, url, null);
    }
}
