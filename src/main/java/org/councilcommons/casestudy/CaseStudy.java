package org.councilcommons.casestudy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.councilcommons.platform.errors.StateConflict;
import org.councilcommons.platform.html.HtmlSanitiser;

/** What one council tried, what happened and what it learned; the aggregate of this feature. */
@Entity
@Table(name = "case_study")
public class CaseStudy {

    @Id
    @SequenceGenerator(name = "case_study_seq", sequenceName = "case_study_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_study_seq")
    private Long id;

    @Column(name = "council_id")
    private Long councilId;

    private String title;
    private String summary;

    @Column(name = "body_source")
    private String bodySource;

    @Column(name = "body_html")
    private String bodyHtml;

    @Column(name = "sanitiser_version")
    private int sanitiserVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "project_status")
    private ProjectStatus projectStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "editorial_state")
    private EditorialState state;

    @ElementCollection
    @CollectionTable(name = "case_study_theme", joinColumns = @JoinColumn(name = "case_study_id"))
    @Column(name = "theme")
    private Set<String> themes = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "case_study_barrier", joinColumns = @JoinColumn(name = "case_study_id"))
    @Column(name = "barrier")
    @Enumerated(EnumType.STRING)
    private Set<Barrier> barriers = EnumSet.noneOf(Barrier.class);

    @ElementCollection
    @CollectionTable(name = "case_study_outcome", joinColumns = @JoinColumn(name = "case_study_id"))
    @OrderColumn(name = "position")
    private List<Outcome> outcomes = new ArrayList<>();

    @Column(name = "cost_pounds")
    private BigDecimal costPounds;

    @Column(name = "funding_source")
    private String fundingSource;

    private String partners;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private int version;

    protected CaseStudy() {}

    /** A new draft for a council. */
    public CaseStudy(Long councilId, CaseStudyDraft draft, Instant now) {
        this.councilId = councilId;
        this.state = EditorialState.DRAFT;
        this.createdAt = now;
        revise(draft, now);
    }

    /** Replaces the content; the body is sanitised here, once, on write. */
    public final void revise(CaseStudyDraft draft, Instant now) {
        title = draft.title();
        summary = draft.summary();
        bodySource = draft.body();
        bodyHtml = HtmlSanitiser.clean(draft.body());
        sanitiserVersion = HtmlSanitiser.VERSION;
        projectStatus = draft.projectStatus();
        themes.clear();
        themes.addAll(draft.themes());
        barriers.clear();
        barriers.addAll(draft.barriers());
        outcomes.clear();
        outcomes.addAll(draft.outcomes());
        costPounds = draft.costPounds();
        fundingSource = draft.fundingSource();
        partners = draft.partners();
        contactName = draft.contactName();
        contactEmail = draft.contactEmail();
        startedOn = draft.startedOn();
        endedOn = draft.endedOn();
        updatedAt = now;
    }

    public void publish(Instant now) {
        if (state == EditorialState.PUBLISHED) {
            throw new StateConflict("This case study is already published");
        }
        state = EditorialState.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = now;
        }
        withdrawnAt = null;
        updatedAt = now;
    }

    public void withdraw(Instant now) {
        if (state != EditorialState.PUBLISHED) {
            throw new StateConflict("Only a published case study can be withdrawn; this one is " + state.key());
        }
        state = EditorialState.WITHDRAWN;
        withdrawnAt = now;
        updatedAt = now;
    }

    public boolean isPublished() {
        return state == EditorialState.PUBLISHED;
    }

    /** The content as the editor last saved it (the source, not the cleaned HTML). */
    public CaseStudyDraft draft() {
        return new CaseStudyDraft(title, summary, bodySource, List.copyOf(themes), Set.copyOf(barriers), projectStatus,
                List.copyOf(outcomes), costPounds, fundingSource, partners, contactName, contactEmail, startedOn, endedOn);
    }

    public Long id() {
        return id;
    }

    public Long councilId() {
        return councilId;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public int sanitiserVersion() {
        return sanitiserVersion;
    }

    public ProjectStatus projectStatus() {
        return projectStatus;
    }

    public EditorialState state() {
        return state;
    }

    public List<String> themes() {
        return List.copyOf(themes);
    }

    public Set<Barrier> barriers() {
        return barriers.isEmpty() ? Set.of() : EnumSet.copyOf(barriers);
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public int version() {
        return version;
    }
}
