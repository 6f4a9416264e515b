package org.councilcommons.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.councilcommons.identity.web.SignInPageAccess;
import org.junit.jupiter.api.Test;

class IdentityTest {

    @Test
    void tokensAreRandomAndOnlyTheirHashIsStored() {
        ApiToken.Issued a = ApiToken.issue(1L, "a", Instant.EPOCH);
        ApiToken.Issued b = ApiToken.issue(1L, "b", Instant.EPOCH);
        assertNotEquals(a.secret(), b.secret());
        assertTrue(a.secret().startsWith("cc_") && a.secret().length() > 40);
        assertEquals(64, ApiToken.hash(a.secret()).length());
        assertEquals(ApiToken.hash(a.secret()), ApiToken.hash(a.secret()));
    }

    @Test
    void emailAddressesAreComparedWithoutCaseOrSpaces() {
        assertEquals("officer@reading.gov.uk", Member.normaliseEmail("  Officer@Reading.GOV.uk "));
    }

    @Test
    void signInReturnsOnlyToPagesOnThisSite() {
        assertEquals("/manage/case-studies/new", SignInPageAccess.safeNext("/manage/case-studies/new"));
        assertEquals("/", SignInPageAccess.safeNext("https://evil.example/"));
        assertEquals("/", SignInPageAccess.safeNext("//evil.example/"));
        assertEquals("/", SignInPageAccess.safeNext("/\\evil.example"));
        assertEquals("/", SignInPageAccess.safeNext("/x\r\nSet-Cookie: a=b"));
        assertEquals("/", SignInPageAccess.safeNext(null));
    }

    @Test
    void anEditorActsForTheirOwnCouncilOnly() {
        Actor editor = new Actor(1L, 5L, java.util.Set.of(Role.COUNCIL_EDITOR));
        assertTrue(editor.editsFor(5L));
        assertTrue(!editor.editsFor(6L));
        assertTrue(!new Actor(1L, null, java.util.Set.of(Role.COUNCIL_EDITOR)).editsFor(null));
    }
}
