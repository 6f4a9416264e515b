package org.councilcommons.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.councilcommons.casestudy.CaseStudyService;
import org.councilcommons.council.Council;
import org.councilcommons.council.CouncilRepository;
import org.councilcommons.council.CouncilService;
import org.councilcommons.platform.persistence.SchemaReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo councils and case studies on an empty database, so a new installation shows what the service is
 * for. Turned off with {@code COMMONS_DEMO_CONTENT=false}. Real councils' entries are written in our own words
 * from public facts; sample councils are fictional and say so in their names.
 */
@ApplicationScoped
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    @Inject
    CouncilRepository councilRepository;

    @Inject
    CouncilService councils;

    @Inject
    CaseStudyService caseStudies;

    @Inject
    @ConfigProperty(name = "commons.demo.content", defaultValue = "true")
    boolean enabled;

    @Transactional
    void onSchemaReady(@Observes @Priority(200) SchemaReady ready) {
        if (!enabled || councilRepository.count() > 0) {
            return;
        }
        for (DemoCatalogue.DemoCouncil demo : DemoCatalogue.councils()) {
            Council council = councils.registerAtStart(demo.registration(), demo.sample());
            for (DemoCatalogue.DemoCaseStudy cs : demo.caseStudies()) {
                caseStudies.createAtStart(council, cs.draft(), cs.published());
            }
        }
        LOG.info("Loaded the demo content: " + DemoCatalogue.councils().size() + " councils");
    }
}
