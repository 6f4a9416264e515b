package org.councilcommons.council;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** A principal council, identified by its GSS code (E06000038 is Reading). */
@Entity
public class Council {

    /** GSS codes: a letter for the nation, two digits for the entity type, six digits. */
    public static final String GSS_CODE = "[EWSN][0-9]{8}";

    @Id
    @SequenceGenerator(name = "council_seq", sequenceName = "council_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "council_seq")
    private Long id;

    @NotNull
    @Pattern(regexp = GSS_CODE, message = "must be a GSS code such as E06000038")
    private String code;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    private CouncilType type;

    @NotBlank
    @Size(max = 60)
    private String region;

    @PositiveOrZero
    private Integer population;

    @Size(max = 300)
    @Pattern(regexp = "https?://\\S+", message = "must be a web address starting with https:// or http://")
    private String website;

    /** Sample councils in the demo content are labelled as such wherever they appear. */
    private boolean sample;

    @ElementCollection
    @CollectionTable(name = "council_domain", joinColumns = @JoinColumn(name = "council_id"))
    @Column(name = "domain")
    private Set<String> domains = new TreeSet<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private int version;

    protected Council() {}

    public Council(String code, String name, CouncilType type, String region, Instant now) {
        this.code = code == null ? null : code.trim().toUpperCase(Locale.ROOT);
        this.name = name == null ? null : name.trim();
        this.type = type;
        this.region = region == null ? null : region.trim();
        this.createdAt = now;
    }

    public void describe(Integer population, String website, Set<String> emailDomains) {
        this.population = population;
        this.website = website == null || website.isBlank() ? null : website.trim();
        this.domains.clear();
        if (emailDomains != null) {
            emailDomains.stream().map(d -> d.trim().toLowerCase(Locale.ROOT)).filter(d -> !d.isEmpty()).forEach(domains::add);
        }
    }

    public void rename(String name, CouncilType type, String region) {
        this.name = name.trim();
        this.type = type;
        this.region = region.trim();
    }

    public void markAsSample() {
        this.sample = true;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public CouncilType type() {
        return type;
    }

    public String region() {
        return region;
    }

    public Integer population() {
        return population;
    }

    public String website() {
        return website;
    }

    public boolean isSample() {
        return sample;
    }

    public Set<String> domains() {
        return Collections.unmodifiableSet(domains);
    }

    public int version() {
        return version;
    }
}
