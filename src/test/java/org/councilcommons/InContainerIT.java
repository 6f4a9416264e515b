package org.councilcommons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.util.List;
import java.util.Set;
import org.councilcommons.casestudy.Barrier;
import org.councilcommons.casestudy.CaseStudy;
import org.councilcommons.casestudy.CaseStudyDraft;
import org.councilcommons.casestudy.CaseStudyService;
import org.councilcommons.casestudy.ProjectStatus;
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
 * Inside the server, on the real WAR (one deployment: each costs a Payara Micro start): a change and its search
 * event commit together or not at all, so the search index can never miss or invent a change; a late-committing
 * change is still indexed; weak password hashes are upgraded at sign-in. Only an in-container test can see
 * transaction boundaries and stored hashes.
 */
@ExtendWith(ArquillianExtension.class)
class InContainerIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class,
                        new File(System.getProperty("commons.it.war", "target/council-commons.war")))
                .addClass(InContainerIT.class);
    }

    @Inject
    org.councilcommons.identity.MemberRepository members;

    @Inject
    org.councilcommons.identity.SignInService signIn;

    @Inject
    jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash weak;

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

    /**
     * A member whose password was hashed with weaker settings (an older release, an import) gets today's
     * 600,000-iteration hash the next time they sign in, without noticing anything.
     */
    @Test
    void aWeakHashIsReplacedAtTheNextSuccessfulSignIn() throws Exception {
        weak.initialize(java.util.Map.of("Pbkdf2PasswordHash.Iterations", "10000", "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256"));
        String email = "legacy." + System.nanoTime() + "@reading.gov.uk";
        transaction.begin();
        org.councilcommons.identity.Member legacy = members.add(new org.councilcommons.identity.Member(email, "Legacy Member", weak.generate("Lantern-orchard-river-9".toCharArray()), java.time.Instant.now()));
        transaction.commit();
        assertTrue(legacy.passwordHash().startsWith("PBKDF2WithHmacSHA256:10000:"), legacy.passwordHash());

        org.councilcommons.identity.SignInService.Outcome outcome = signIn.signIn(email, "Lantern-orchard-river-9".toCharArray(), "192.0.2.1");
        assertInstanceOf(org.councilcommons.identity.SignInService.Outcome.Success.class, outcome);
        String upgraded = members.byId(legacy.id()).orElseThrow().passwordHash();
        assertTrue(upgraded.startsWith("PBKDF2WithHmacSHA256:600000:"), upgraded);

        assertInstanceOf(org.councilcommons.identity.SignInService.Outcome.Success.class,
                signIn.signIn(email, "Lantern-orchard-river-9".toCharArray(), "192.0.2.1"), "the new hash still matches");
        assertEquals(upgraded, members.byId(legacy.id()).orElseThrow().passwordHash(), "upgraded once, not every time");
    }
}
