/**
 * The "learning from each other" roadmap. Moderators curate stages and steps (every edit of either kept as a revision); each
 * step page gathers the case studies that address it (from search), the councils that completed it, its threads and
 * the members offering help. A council's roadmap is proposed from its latest self-assessment, weakest dimensions
 * first ({@link org.councilcommons.roadmap.RoadmapProposal}); its editors order, add, drop and track steps (owner,
 * target date, status, notes, evidence) and can turn a completed step into a case study draft. Reading a council's
 * roadmap follows its maturity sharing. {@link org.councilcommons.roadmap.RoadmapReminders} e-mails owners of
 * overdue steps and the editors of case studies nobody has updated for six months.
 */
package org.councilcommons.roadmap;
