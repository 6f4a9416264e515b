package org.councilcommons.maturity;

/**
 * A council's latest levels or its sharing choice changed (fired inside the transaction that changed them), so
 * whatever shows its stage elsewhere, such as the search facet, can follow.
 */
public record MaturityChanged(Long councilId) {}
