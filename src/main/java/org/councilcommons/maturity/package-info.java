/**
 * Digital maturity: the versioned model (dimensions, levels, statements, from {@code maturity-model.json}), each
 * council's self-assessments and their history, its sharing choice, peer matching (similar councils, councils a step
 * ahead on a weak dimension, cohorts) and links between councils. Results are private to the council unless it
 * shares them; there is no league table. May depend on {@code platform}, {@code identity}, {@code council} and
 * {@code casestudy}'s services (for counts of published case studies); tells others of changes with
 * {@link org.councilcommons.maturity.MaturityChanged}.
 */
package org.councilcommons.maturity;
