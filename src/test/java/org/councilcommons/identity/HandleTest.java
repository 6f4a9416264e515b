package org.councilcommons.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HandleTest {

    @Test
    void aHandleIsTheNameInLowerCaseWithDashes() {
        assertEquals("jane-smith", ProfileService.handleOf("Jane Smith"));
        assertEquals("zoe-o-neill", ProfileService.handleOf("  Zoë O'Neill "));
        assertEquals("mary-jane-smith-2", ProfileService.handleOf("Mary-Jane Smith (2)"));
        assertEquals(40, ProfileService.handleOf("a".repeat(60)).length());
    }
}
