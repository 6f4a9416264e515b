package org.councilcommons.identity;

import java.util.Optional;

/**
 * What identity needs to know about councils, without depending on the council feature (which depends on
 * identity for its permissions). The council feature implements it.
 */
public interface CouncilDirectory {

    /** The council whose registered e-mail domain this is. */
    Optional<Long> councilForDomain(String domain);

    Optional<Long> councilForCode(String code);

    Optional<String> nameOf(Long councilId);

    Optional<String> codeOf(Long councilId);
}
