package org.councilcommons.casestudy;

import org.councilcommons.platform.errors.StateConflict;

/**
 * Someone saved this case study since the editor opened it. Carries the saved version and the editor's own, so
 * neither is lost: the page shows both, the API returns both.
 */
public class EditConflict extends StateConflict {

    private final CaseStudyDraft current;
    private final int currentVersion;
    private final CaseStudyDraft yours;

    public EditConflict(CaseStudyDraft current, int currentVersion, CaseStudyDraft yours) {
        super("Someone else changed this case study after you opened it. Your changes have not been saved yet:"
                + " compare them with the latest version and save again.");
        this.current = current;
        this.currentVersion = currentVersion;
        this.yours = yours;
    }

    public CaseStudyDraft current() {
        return current;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public CaseStudyDraft yours() {
        return yours;
    }
}
