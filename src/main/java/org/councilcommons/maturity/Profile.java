package org.councilcommons.maturity;

import java.util.Map;

/**
 * What peer matching knows of one council: its latest levels by dimension, its sharing choice, and the context
 * (type, size) used as a secondary similarity.
 */
public record Profile(Long councilId, String code, String name, String typeLabel, Integer population,
        Map<String, Integer> levels, Sharing sharing) {

    public Profile {
        levels = Map.copyOf(levels);
    }

    public int level(String dimension) {
        return levels.getOrDefault(dimension, MaturityModel.LOWEST);
    }

    public int stage() {
        return Scoring.stage(levels.values());
    }
}
