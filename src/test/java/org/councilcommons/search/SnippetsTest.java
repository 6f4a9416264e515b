package org.councilcommons.search;

import static org.councilcommons.search.TestIndex.caseStudy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    private static final String LONG_BODY = "We started with a survey of every ward in the district and its needs. "
            + "The survey took three months and asked about bins, parking and libraries in some detail.\n\n"
            + "Officers then spent a summer visiting each of the branch libraries to see how people use them. "
            + "Most visitors came for the computers, e.g. to apply for jobs, and few borrowed books any more. "
            + "In the end we moved the reablement team into two branches, which cut travel for carers. "
            + "Staff were sceptical at first but the results over the following year were convincing to all.";

    private static TestIndex index;

    @BeforeAll
    static void indexCaseStudies() {
        index = TestIndex.of(List.of(
                caseStudy(1, "Libraries as community hubs", "Branches that do more than lend books.", LONG_BODY,
                        List.of("Libraries"), List.of("up-front-funding"), "district", "North West", "live",
                        "2023-05-01T09:00:00Z"),
                caseStudy(2, "Reablement at home", "A reablement service run with the NHS.",
                        "Short sentences here. Nothing about the word asked for.", List.of("Older people"),
                        List.of("skills-staff"), "county", "South East", "live", "2022-05-01T09:00:00Z")));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void aMatchOnlyInTheBodyShowsTheSentencesAroundIt() {
        String snippet = index.search("carers").results().getFirst().snippet();
        assertTrue(snippet.contains("<mark>carers</mark>"), snippet);
        // whole sentences: it starts where one starts and stops at a full stop, never mid-word
        assertTrue(snippet.startsWith("In the end") || snippet.startsWith("Most visitors")
                || snippet.startsWith("Officers then"), snippet);
        assertTrue(snippet.strip().endsWith("."), snippet);
        assertFalse(snippet.contains("Branches that do more"), "the summary did not match: " + snippet);
        assertTrue(snippet.length() < Snippets.LENGTH * 2, snippet);
    }

    @Test
    void aMatchInTheSummaryShowsTheSummary() {
        List<SearchResults.Hit> hits = index.search("reablement").results();
        SearchResults.Hit home = hits.stream().filter(h -> h.id() == 2L).findFirst().orElseThrow();
        assertEquals("A <mark>reablement</mark> service run with the NHS.", home.snippet());
        SearchResults.Hit libraries = hits.stream().filter(h -> h.id() == 1L).findFirst().orElseThrow();
        // the body's sentence with the word, joined by a neighbour to come near the snippet length
        assertTrue(libraries.snippet().contains("In the end we moved the <mark>reablement</mark> team"),
                libraries.snippet());
        assertTrue(libraries.snippet().startsWith("Most visitors") || libraries.snippet().startsWith("In the end"),
                libraries.snippet());
    }
}
