package org.councilcommons.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MemberTest {

    static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");

    @Test
    void confirmingAtACouncilsDomainMakesAnActiveMemberOfThatCouncil() {
        Member m = Member.registered("a@reading.gov.uk", "A", null, "hash", T0);
        assertEquals(MemberStatus.AWAITING_CONFIRMATION, m.status());
        m.confirmEmail(38L, T0);
        assertTrue(m.isActive());
        assertEquals(38L, m.councilId());
        assertEquals("reading.gov.uk", m.emailDomain());
    }

    @Test
    void confirmingElsewhereWaitsForAnAdministrator() {
        Member m = Member.registered("a@example.org", "A", null, "hash", T0);
        m.confirmEmail(null, T0);
        assertEquals(MemberStatus.AWAITING_APPROVAL, m.status());
        m.approve(7L);
        assertTrue(m.isActive());
        assertEquals(7L, m.councilId());
    }

    @Test
    void theMemberRoleCannotBeTakenAway() {
        Member m = new Member("a@b.gov.uk", "A", "hash", T0);
        m.grant(Role.COUNCIL_EDITOR);
        assertTrue(m.revoke(Role.COUNCIL_EDITOR));
        assertFalse(m.revoke(Role.MEMBER));
        assertTrue(m.has(Role.MEMBER));
    }

    @Test
    void linksWorkOnceAndExpire() {
        MemberToken.Issued reset = MemberToken.issue(1L, MemberToken.Purpose.RESET_PASSWORD, T0);
        assertTrue(reset.token().isUsable(T0.plus(Duration.ofMinutes(59))));
        assertFalse(reset.token().isUsable(T0.plus(Duration.ofMinutes(61))), "a reset link lasts an hour");
        MemberToken.Issued confirm = MemberToken.issue(1L, MemberToken.Purpose.CONFIRM_EMAIL, T0);
        assertTrue(confirm.token().isUsable(T0.plus(Duration.ofDays(1))));
        confirm.token().use(T0);
        assertFalse(confirm.token().isUsable(T0.plus(Duration.ofMinutes(1))), "and works once");
    }
}
