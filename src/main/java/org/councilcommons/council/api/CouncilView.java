package org.councilcommons.council.api;

import java.util.Set;
import org.councilcommons.council.Council;

/** A council as the API shows it. */
public record CouncilView(String code, String name, String type, String typeLabel, String region, Integer population,
        String website, Set<String> domains, boolean sample, String url) {

    static CouncilView of(Council c) {
        return new CouncilView(c.code(), c.name(), c.type().name().toLowerCase(java.util.Locale.ROOT), c.type().label(),
                c.region(), c.population(), c.website(), c.domains(), c.isSample(), "/councils/" + c.code());
    }
}
