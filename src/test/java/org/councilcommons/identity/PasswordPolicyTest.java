package org.councilcommons.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilcommons.platform.errors.FieldError;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final String EMAIL = "priya.ramanathan@reading.gov.uk";
    private static final String NAME = "Priya Ramanathan";

    private static List<FieldError> check(String password) {
        return PasswordPolicy.check("password", password, EMAIL, NAME);
    }

    private static void assertRefused(String password, String message) {
        assertEquals(List.of(new FieldError("password", message)), check(password), password);
    }

    private static void assertAccepted(String password) {
        assertEquals(List.of(), check(password), password);
    }

    @Test
    void aMissingPasswordIsAskedFor() {
        assertRefused(null, PasswordPolicy.ENTER);
        assertRefused("", PasswordPolicy.ENTER);
    }

    @Test
    void theErrorIsReportedAgainstTheGivenField() {
        assertEquals("newPassword", PasswordPolicy.check("newPassword", "short", null, null).get(0).field());
    }

    @Test
    void aPasswordOfElevenCharactersIsTooShort() {
        assertRefused("mauve-kettl", "Your password must be 12 characters or more");
    }

    @Test
    void aPasswordOfTwelveCharactersIsLongEnough() {
        assertAccepted("mauve-kettle");
    }

    @Test
    void lengthIsCountedInCharactersNotUtf16Units() {
        String elevenEmoji = "🦊🐝🍄🌵🐙🎻🚲🧀🪁🌋🦉";
        assertTrue(elevenEmoji.length() > 12);
        assertRefused(elevenEmoji, PasswordPolicy.TOO_SHORT);
        assertAccepted(elevenEmoji + "🍋");
    }

    @Test
    void aPasswordOf128CharactersIsAcceptedButNotOneMore() {
        String words = "violet harbour kettle mango drifts over quiet tram lines past the old gasworks ";
        String longest = (words + words).substring(0, 128);
        assertAccepted(longest);
        assertRefused(longest + "x", "Your password must be 128 characters or fewer");
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        for (String password : List.of("LETMEINLETMEIN", "iloveyouiloveyou", "Administrator", "CHANGEPASSWORD")) {
            assertRefused(password, PasswordPolicy.COMMON);
        }
    }

    @Test
    void commonPasswordsAreRefusedWithDigitsOrPunctuationAddedAtEitherEnd() {
        for (String password : List.of("Password123!", "Welcome2024!", "Letmein!!!2025", "Council2025!", "2024Summer!!",
                "Arsenal-1886", "Monkey.123456", "pass word 2024")) {
            assertRefused(password, PasswordPolicy.COMMON);
        }
        assertTrue(PasswordPolicy.isCommon("Welcome2024"), "refused as too short first, and common too");
    }

    @Test
    void commonPasswordsAreRefusedWithLookAlikeCharacters() {
        assertRefused("P@ssw0rd2024!", PasswordPolicy.COMMON);
        assertRefused("W3lc0me123456", PasswordPolicy.COMMON);
    }

    @Test
    void aCommonWordRepeatedIsStillCommon() {
        assertRefused("passwordpassword", PasswordPolicy.COMMON);
        assertRefused("Summer2024Summer2024", PasswordPolicy.COMMON);
    }

    @Test
    void repeatedCharactersAndSimpleSequencesAreRefused() {
        for (String password : List.of("aaaaaaaaaaaa", "123456789012", "abcdefghijkl", "qwertyuiopas",
                "zyxwvutsrqpo", "1qaz2wsx3edc", "xyzxyzxyzxyz", "wxyzwxyzwxyz", "aaaaaaaaaaab", "!@#$%^&*()_+",
                "111222333444", "a-b-c-d-e-f-g-h")) {
            assertRefused(password, PasswordPolicy.PATTERN);
        }
    }

    @Test
    void thePersonsNameCannotBeInThePassword() {
        assertRefused("Ramanathan garden gate", PasswordPolicy.PERSONAL);
        assertRefused("x-Priya-Ramanathan-x", PasswordPolicy.PERSONAL);
    }

    @Test
    void theEmailLocalPartCannotBeInThePassword() {
        assertEquals(List.of(new FieldError("password", PasswordPolicy.PERSONAL)),
                PasswordPolicy.check("password", "my OFFICER.BLOGGS key", "officer.bloggs@x.gov.uk", "Sam Bloggs"));
    }

    @Test
    void namesAndEmailPartsShorterThanFourCharactersAreIgnored() {
        assertEquals(List.of(), PasswordPolicy.check("password", "always wu-tang forever", "al@x.gov.uk", "Al Wu"));
    }

    @Test
    void theServiceNameCannotBeInThePassword() {
        assertRefused("my councilcommons login", PasswordPolicy.SERVICE);
        assertRefused("Council Commons rocks!", PasswordPolicy.SERVICE);
    }

    @Test
    void goodPassphrasesPass() {
        assertAccepted("correct horse battery staple");
        assertAccepted("Reading-NEET-app-2012-rocks");
        assertAccepted("purple elephants dance quietly");
    }

    @Test
    void noCompositionRulesApply() {
        assertAccepted("onlylowercaselettershere");
        assertAccepted("3141 5926 5358 9793");
    }

    @Test
    void onlyTheFirstProblemIsReported() {
        assertRefused("password", PasswordPolicy.TOO_SHORT);
        assertRefused("Ramanathan1234", PasswordPolicy.PERSONAL);
    }

    @Test
    void theCommonListIsLoadedFromTheClasspath() {
        assertTrue(PasswordPolicy.isCommon("letmein"));
        assertTrue(PasswordPolicy.isCommon("QWERTY"));
        assertTrue(!PasswordPolicy.isCommon("violet harbour kettle"));
    }
}
