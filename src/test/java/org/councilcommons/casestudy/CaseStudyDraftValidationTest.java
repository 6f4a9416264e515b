package org.councilcommons.casestudy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The messages an editor sees are GOV.UK-style and name every field that is wrong. */
class CaseStudyDraftValidationTest {

    static Validator validator;

    @BeforeAll
    static void validator() {
        validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    static Map<String, String> errors(CaseStudyDraft draft) {
        Map<String, String> byField = new TreeMap<>();
        for (ConstraintViolation<CaseStudyDraft> v : validator.validate(draft)) {
            byField.put(v.getPropertyPath().toString(), v.getMessage());
        }
        return byField;
    }

    static CaseStudyDraft valid() {
        return new CaseStudyDraft("Title", "Summary", "Body", List.of("theme"), Set.of(Barrier.SOCIAL_MEDIA),
                ProjectStatus.LIVE, List.of(), null, null, null, null, null, null, null);
    }

    @Test
    void aCompleteDraftIsValid() {
        assertEquals(Map.of(), errors(valid()));
    }

    @Test
    void anEmptyDraftNamesEveryMissingField() {
        Map<String, String> e = errors(new CaseStudyDraft(" ", null, "", null, null, null, null, null, null, null,
                null, null, null, null));
        assertEquals("Enter a title", e.get("title"));
        assertEquals("Enter a summary", e.get("summary"));
        assertEquals("Enter what the council did", e.get("body"));
        assertEquals("Choose at least one barrier this tackles", e.get("barriers"));
        assertEquals("Choose the project status", e.get("projectStatus"));
    }

    @Test
    void lengthsMoneyDatesAndAddressesAreChecked() {
        CaseStudyDraft d = new CaseStudyDraft("x".repeat(201), "Summary", "Body", List.of("t".repeat(61)),
                Set.of(Barrier.SOCIAL_MEDIA), ProjectStatus.LIVE, List.of(new Outcome(null, BigDecimal.ONE, null)),
                new BigDecimal("-1"), null, null, null, "not an address",
                LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 1));
        Map<String, String> e = errors(d);
        assertEquals("Title must be 200 characters or fewer", e.get("title"));
        assertTrue(e.get("themes[0].<list element>").contains("60 characters"), e::toString);
        assertEquals("Enter what the outcome was", e.get("outcomes[0].description"));
        assertEquals("Cost cannot be negative", e.get("costPounds"));
        assertTrue(e.get("contactEmail").startsWith("Enter a contact e-mail address"));
        assertEquals("The end date must be the same as or after the start date", e.get("endedOn"));
    }
}
