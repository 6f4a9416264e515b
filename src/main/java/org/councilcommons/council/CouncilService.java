package org.councilcommons.council;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.councilcommons.identity.Caller;
import org.councilcommons.platform.errors.AccessDenied;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.platform.errors.NotFound;
import org.councilcommons.platform.errors.NotSignedIn;
import org.councilcommons.platform.errors.StateConflict;
import org.councilcommons.platform.errors.Validation;

/** Registers councils and reads the register. Only administrators change it. */
@ApplicationScoped
public class CouncilService {

    @Inject
    CouncilRepository councils;

    @Inject
    Validation validation;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public record Page(List<Council> councils, long total) {}

    @Transactional
    public Page list(int page, int size) {
        return new Page(councils.page(page * size, size), councils.count());
    }

    @Transactional
    public Council get(String code) {
        return councils.byCode(code).orElseThrow(() -> new NotFound("No council has the code " + code));
    }

    @Transactional
    public Council get(Long id) {
        return councils.byId(id).orElseThrow(() -> new NotFound("No council has the id " + id));
    }

    @Transactional
    public java.util.Map<Long, Council> byIds(java.util.Collection<Long> ids) {
        return councils.byIds(ids);
    }

    @Transactional
    public Council register(CouncilRegistration registration) {
        requireAdministrator();
        validation.require(registration, List.of());
        return add(registration, false);
    }

    /** Adds every council in a CSV register, or none if any row is wrong (nothing is half imported). */
    @Transactional
    public int importCsv(String csv) {
        requireAdministrator();
        CouncilCsv.Parsed parsed = CouncilCsv.parse(csv);
        List<FieldError> errors = new ArrayList<>(parsed.errors());
        for (CouncilRegistration r : parsed.councils()) {
            for (FieldError e : validation.check(r)) {
                errors.add(new FieldError("council " + r.code(), e.message()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        int added = 0;
        for (CouncilRegistration r : parsed.councils()) {
            if (councils.byCode(r.code()).isEmpty()) {
                add(r, false);
                added++;
            }
        }
        return added;
    }

    /** For start-up work (the demo content), which runs with no caller. */
    @Transactional
    public Council registerAtStart(CouncilRegistration registration, boolean sample) {
        validation.require(registration, List.of());
        return councils.byCode(registration.code()).orElseGet(() -> add(registration, sample));
    }

    private Council add(CouncilRegistration r, boolean sample) {
        if (councils.byCode(r.code()).isPresent()) {
            throw new StateConflict("A council with the code " + r.code() + " is already registered");
        }
        for (String domain : r.domains()) {
            if (councils.domainTaken(domain)) {
                throw InvalidInput.of("domains", "The e-mail domain " + domain + " already belongs to another council");
            }
        }
        Council council = new Council(r.code(), r.name(), r.type(), r.region(), Instant.now(clock));
        council.describe(r.population(), r.website(), r.domains());
        if (sample) {
            council.markAsSample();
        }
        return councils.add(council);
    }

    private void requireAdministrator() {
        if (!caller.isSignedIn()) {
            throw new NotSignedIn();
        }
        if (!caller.has(org.councilcommons.identity.Role.ADMINISTRATOR)) {
            throw new AccessDenied("Only administrators can change the council register");
        }
    }
}
