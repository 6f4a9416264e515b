package org.councilcommons.casestudy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.util.List;
import java.util.Set;
import org.councilcommons.council.Council;
import org.councilcommons.council.CouncilRegistration;
import org.councilcommons.council.CouncilService;
import org.councilcommons.council.CouncilType;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.platform.outbox.SearchOutbox;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, on the real WAR: a change and its search event commit together or not at all, so the
 * search index (built from the outbox) can never miss or invent a change. Only an in-container test can see the
 * transaction boundaries.
 */
@ExtendWith(ArquillianExtension.class)
class CaseStudyTransactionsIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class,
                        new File(System.getProperty("commons.it.war", "target/council-commons.war")))
                .addClass(CaseStudyTransactionsIT.class);
    }

    @Inject
    CaseStudyService caseStudies;

    @Inject
    CouncilService councils;

    @Inject
    SearchOutbox outbox;

    @Inject
    UserTransaction transaction;

    @PersistenceContext(unitName = "commons")
    EntityManager em;

    private Council council(String code) {
        return councils.registerAtStart(new CouncilRegistration(code, "Transactions " + code, CouncilType.WELSH,
                "Wales", null, null, Set.of()), true);
    }

    private static CaseStudyDraft draft(String title) {
        return new CaseStudyDraft(title, "Summary", "Body", List.of("outbox"), Set.of(Barrier.LEGACY_SYSTEMS),
                ProjectStatus.LIVE, List.of(), null, null, null, null, null, null, null);
    }

    private long count(String jpql, long id) {
        return em.createQuery(jpql, Long.class).setParameter("id", id).getSingleResult();
    }

    @Test
    void creatingAndPublishingRecordsARevisionAndASearchEventEach() {
        CaseStudy created = caseStudies.createAtStart(council("W98000001"), draft("Outbox"), true);
        long id = created.id();
        assertEquals(2, count("select count(r) from CaseStudyRevision r where r.caseStudyId = :id", id));
        assertEquals(2, count("select count(e) from SearchEvent e where e.entityId = :id and e.entityType = 'case_study'", id));
    }

    @Test
    void aRolledBackChangeLeavesNoCaseStudyNoRevisionAndNoSearchEvent() throws Exception {
        Council council = council("W98000002");
        transaction.begin();
        long id = caseStudies.createAtStart(council, draft("Rolled back"), true).id();
        transaction.rollback();

        assertEquals(0, count("select count(c) from CaseStudy c where c.id = :id", id));
        assertEquals(0, count("select count(r) from CaseStudyRevision r where r.caseStudyId = :id", id));
        assertEquals(0, count("select count(e) from SearchEvent e where e.entityId = :id and e.entityType = 'case_study'", id));
    }

    @Test
    void anInvalidDraftWritesNothing() {
        Council council = council("W98000003");
        long before = em.createQuery("select count(e) from SearchEvent e", Long.class).getSingleResult();
        assertThrows(InvalidInput.class, () -> caseStudies.createAtStart(council, draft(""), true));
        assertEquals(before, em.createQuery("select count(e) from SearchEvent e", Long.class).getSingleResult());
    }

    @Inject
    org.councilcommons.search.SearchService search;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    private long found(String word) {
        return search.search(new org.councilcommons.search.SearchRequest(word, null, null, null, null, null, null, null, 1, 10)).total();
    }

    private void awaitFound(String word, long expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (found(word) != expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(expected, found(word), word);
    }

    /**
     * A slow transaction takes its outbox id first but commits after a later one has been indexed: the indexer's
     * trailing window still picks it up.
     */
    @Test
    void aLateCommittingChangeIsStillIndexed() throws Exception {
        while (search.status().state() != org.councilcommons.search.SearchIndex.State.READY) {
            Thread.sleep(100);
        }
        Council council = council("W98000004");
        transaction.begin();
        caseStudies.createAtStart(council, draft("Slow quokkaslow transaction"), true);
        executor.submit(() -> {
            try {
                caseStudies.createAtStart(council, draft("Fast wombatfast transaction"), true);
            } catch (RuntimeException e) {
                throw e;
            }
            return null;
        }).get();
        awaitFound("wombatfast", 1);
        assertEquals(0, found("quokkaslow"), "not committed yet, so not searchable");
        transaction.commit();
        awaitFound("quokkaslow", 1);
    }

    @Test
    void theOutboxRefusesToWriteOutsideATransaction() {
        assertThrows(TransactionalException.class, () -> outbox.changed("case_study", 1L),
                "an event outside the change's transaction could commit without the change");
    }
}
