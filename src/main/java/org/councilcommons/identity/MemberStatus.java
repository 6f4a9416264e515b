package org.councilcommons.identity;

/** Where a member stands: only active members can sign in and act. */
public enum MemberStatus {
    /** Registered; the e-mail address is not confirmed yet. */
    AWAITING_CONFIRMATION,
    /** Confirmed, but the e-mail domain is no council's: an administrator decides. */
    AWAITING_APPROVAL,
    ACTIVE,
    SUSPENDED
}
