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

class SearchEngineTest {

    private static TestIndex index;

    @BeforeAll
    static void indexCaseStudies() {
        index = TestIndex.of(List.of(
                caseStudy(1, "Webcasting full council meetings",
                        "We webcast every full council and cabinet meeting so residents can watch from home.",
                        "Cameras in the chamber, a webcast provider and captions. Councillors were wary at first.",
                        List.of("Democracy", "Transparency"), List.of("cultural-resistance"),
                        "unitary", "South East", "live", "2023-05-01T09:00:00Z"),
                caseStudy(2, "Planning committee goes out on a livestream",
                        "Planning committee meetings are now live on YouTube.",
                        "We livestream the planning committee with one laptop and a free streaming account.",
                        List.of("Democracy"), List.of("skills-councillors"),
                        "district", "North West", "scaled", "2024-02-01T09:00:00Z"),
                caseStudy(3, "Helping young people not in education, employment or training",
                        "A mentoring scheme for 16 to 18 year olds not in education, employment or training.",
                        "Mentors meet each young person weekly and help with applications for apprenticeships.",
                        List.of("Young people", "Skills"), List.of("up-front-funding"),
                        "metropolitan_borough", "North East", "live", "2022-09-01T09:00:00Z"),
                caseStudy(4, "Tracking NEET figures with schools",
                        "Schools and the council share NEET figures every month.",
                        "A shared dashboard replaced spreadsheets sent by e-mail.",
                        List.of("Young people", "Data"), List.of("legacy-systems"),
                        "county", "East Midlands", "planned", "2024-06-01T09:00:00Z"),
                caseStudy(5, "PSN compliance on a small budget",
                        "How a district council passed its PSN health check.",
                        "We fixed the findings of the IT health check in order of risk.",
                        List.of("Infrastructure"), List.of("psn-compliance"),
                        "district", "South West", "live", "2021-03-01T09:00:00Z"),
                caseStudy(6, "Connecting to the Public Services Network",
                        "Our journey to Public Services Network accreditation with a two-person IT team.",
                        "The code of connection took nine months.",
                        List.of("Infrastructure"), List.of("psn-compliance", "skills-staff"),
                        "welsh", "Wales", "stopped", "2020-11-01T09:00:00Z"),
                caseStudy(7, "Replacing our customer relationship management system",
                        "Moving from a legacy CRM to a cloud platform.",
                        "Contact centre staff helped choose the new system.",
                        List.of("Customer service"), List.of("legacy-systems"),
                        "unitary", "Yorkshire and the Humber", "live", "2022-01-15T09:00:00Z"),
                caseStudy(8, "Digital skills sessions for older residents",
                        "Volunteers in libraries help older residents use tablets.",
                        "Weekly drop-in sessions, loan tablets and a helpline.",
                        List.of("Digital inclusion"), List.of("digital-inclusion"),
                        "county", "East of England", "live", "2023-01-01T09:00:00Z"),
                caseStudy(9, "A chatbot for council tax questions",
                        "Our chatbot answers council tax questions at night. Residents typed <script>alert(1)</script>"
                                + " into it on day one & it coped.",
                        "The bot hands over to a person when it is unsure.",
                        List.of("Customer service"), List.of("attitude-to-risk"),
                        "london_borough", "London", "live", "2024-09-01T09:00:00Z"),
                caseStudy(10, "Webcast archive search",
                        "Residents search past webcasts by agenda item.",
                        "Every webcast is indexed by agenda item so people can jump to the debate they care about.",
                        List.of("Democracy", "Open data"), List.of("legacy-systems"),
                        "unitary", "South East", "live", "2024-11-01T09:00:00Z"),
                caseStudy(11, "Tracking waste streams with open data",
                        "Publishing recycling and waste stream tonnages every month.",
                        "Each waste stream has its own dataset.",
                        List.of("Open data"), List.of(),
                        "district", "South West", "live", "2019-06-01T09:00:00Z")));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void neetFindsTheLongFormAndTheLongFormFindsNeet() {
        assertTrue(index.ids("NEET").containsAll(List.of(3L, 4L)));
        assertTrue(index.ids("not in education, employment or training").containsAll(List.of(3L, 4L)));
    }

    @Test
    void livestreamFindsWebcastsAndWebcastFindsLivestreams() {
        assertTrue(index.ids("livestream").containsAll(List.of(1L, 2L, 10L)));
        assertTrue(index.ids("webcast").containsAll(List.of(1L, 2L, 10L)));
        assertTrue(index.ids("live stream").containsAll(List.of(1L, 2L, 10L)));
    }

    @Test
    void webcastDoesNotFindWasteStreams() {
        assertFalse(index.ids("webcast").contains(11L));
    }

    @Test
    void psnAndPublicServicesNetworkFindEachOther() {
        assertTrue(index.ids("PSN").containsAll(List.of(5L, 6L)));
        assertTrue(index.ids("public services network").containsAll(List.of(5L, 6L)));
        assertTrue(index.ids("\"PSN\"").containsAll(List.of(5L, 6L)));
    }

    @Test
    void customerRelationshipManagementFindsCrm() {
        assertEquals(7L, index.ids("CRM").getFirst());
        assertEquals(7L, index.ids("customer relationship management").getFirst());
    }

    @Test
    void facetsCountTheMatchingDocumentsOnly() {
        SearchResults results = index.search("webcast");
        assertEquals(3, results.total());
        assertEquals(List.of(new SearchResults.FacetCount("unitary", 2), new SearchResults.FacetCount("district", 1)),
                results.facets().get("councilType"));
        assertTrue(results.facets().get("theme").contains(new SearchResults.FacetCount("Democracy", 3)));
        assertTrue(results.facets().get("barrier").contains(new SearchResults.FacetCount("legacy-systems", 1)));
        assertEquals(SearchSchema.DIMENSIONS.size(), results.facets().size());
    }

    @Test
    void facetFiltersNarrowTheResults() {
        SearchResults legacy = SearchEngine.search(index.searcher(),
                SearchRequest.of("webcast", null, "legacy-systems", null, null, null, null, null, null, null));
        assertEquals(List.of(10L), ids(legacy));

        SearchResults democracy = SearchEngine.search(index.searcher(),
                SearchRequest.of("", null, null, "Democracy", "unitary", "South East", "live", null, null, null));
        assertEquals(List.of(10L, 1L), ids(democracy));
        assertEquals(List.of(new SearchResults.FacetCount("unitary", 2)), democracy.facets().get("councilType"));
    }

    @Test
    void browsingShowsEverythingNewestFirst() {
        SearchResults all = index.search("");
        assertEquals(11, all.total());
        assertEquals(List.of(10L, 9L, 4L), ids(all).subList(0, 3));
        assertEquals(11, all.facets().get("type").getFirst().count());
        assertEquals("Residents search past webcasts by agenda item.", all.results().getFirst().snippet());
        assertEquals(List.of(), all.missingTerms());
    }

    @Test
    void anEmptyIndexAnswersWithNothing() throws IOException {
        try (TestIndex empty = TestIndex.of(List.of())) {
            SearchResults results = empty.search("webcast");
            assertEquals(0, results.total());
            assertEquals(List.of("webcast"), results.missingTerms());
            assertEquals(0, empty.search("").total());
            assertEquals(List.of(), empty.search("").facets().get("barrier"));
            assertEquals(List.of(), SearchEngine.suggest(empty.searcher(), "web", 5));
            assertEquals(List.of(), SearchEngine.similar(empty.searcher(), "case_study", 1, 5));
        }
    }

    @Test
    void aDocumentIsReplacedNotDuplicatedByItsKey() throws IOException {
        SearchDocument first = caseStudy(1, "Old title", "Old summary", "Old body", List.of(), List.of(),
                "unitary", "London", "live", "2024-01-01T00:00:00Z");
        SearchDocument edited = caseStudy(1, "New title", "New summary", "New body", List.of(), List.of(),
                "unitary", "London", "live", "2024-01-01T00:00:00Z");
        try (TestIndex replaced = TestIndex.of(List.of(first, edited))) {
            assertEquals(1, replaced.search("").total());
            assertEquals("New title", replaced.search("").results().getFirst().title());
            assertEquals(0, replaced.search("old").total());
        }
    }

    @Test
    void sortByDateIsNewestFirst() {
        SearchResults byDate = SearchEngine.search(index.searcher(),
                SearchRequest.of("webcast", null, null, null, null, null, null, "date", null, null));
        assertEquals(List.of(10L, 2L, 1L), ids(byDate));
    }

    @Test
    void pagingReturnsTheRequestedSliceAndTheFullTotal() {
        SearchResults second = SearchEngine.search(index.searcher(),
                SearchRequest.of("", null, null, null, null, null, null, "date", 2, 3));
        assertEquals(List.of(2L, 1L, 8L), ids(second));
        assertEquals(11, second.total());
        SearchResults beyond = SearchEngine.search(index.searcher(),
                SearchRequest.of("", null, null, null, null, null, null, null, 5, 3));
        assertEquals(List.of(), beyond.results());
        assertEquals(11, beyond.total());
    }

    @Test
    void snippetMarksMatchesAndEscapesEverythingElse() {
        SearchResults.Hit hit = index.search("chatbot").results().getFirst();
        assertEquals(9L, hit.id());
        assertTrue(hit.snippet().contains("<mark>chatbot</mark>"), hit.snippet());
        assertTrue(hit.snippet().contains("&lt;script&gt;"), hit.snippet());
        assertTrue(hit.snippet().contains("&amp;"), hit.snippet());
        assertFalse(hit.snippet().contains("<script>"), hit.snippet());
    }

    @Test
    void hitsCarryWhatAResultListShows() {
        SearchResults.Hit hit = index.search("chatbot").results().getFirst();
        assertEquals("case_study", hit.type());
        assertEquals("A chatbot for council tax questions", hit.title());
        assertEquals("Council 9", hit.council());
        assertEquals("/case-studies/9", hit.url());
        assertTrue(hit.score() > 0);
    }

    @Test
    void aTypoIsToleratedAndSaidSo() {
        SearchResults typo = index.search("webcsat");
        assertTrue(ids(typo).containsAll(List.of(1L, 10L)), ids(typo).toString());
        assertTrue(typo.typoTolerant());
        assertFalse(index.search("webcast").typoTolerant());
    }

    @Test
    void aWordThatMatchesNothingIsDroppedAndNamed() {
        SearchResults results = index.search("webcast zzzzqqq");
        assertTrue(ids(results).containsAll(List.of(1L, 2L, 10L)));
        assertEquals(List.of("zzzzqqq"), results.missingTerms());
    }

    @Test
    void onlyUnknownWordsFindNothing() {
        SearchResults results = index.search("zzzzqqq");
        assertEquals(0, results.total());
        assertEquals(List.of("zzzzqqq"), results.missingTerms());
    }

    @Test
    void excludedWordsAndPhrasesFilterOut() {
        assertEquals(List.of(1L, 10L), sorted(index.ids("webcast -youtube")));
        assertEquals(List.of(2L, 10L), sorted(index.ids("webcast -\"full council\"")));
        assertFalse(index.ids("-webcast").contains(1L));
    }

    @Test
    void aQuotedPhraseNeedsItsWordsTogether() {
        assertEquals(List.of(1L), index.ids("\"full council\""));
    }

    @Test
    void wordsNearEachOtherRankHigher() {
        assertEquals(9L, index.ids("council tax questions").getFirst());
    }

    @Test
    void similarFindsRelatedCaseStudiesButNotItself() {
        List<SearchResults.Hit> similar = SearchEngine.similar(index.searcher(), "case_study", 1, 5);
        assertFalse(similar.isEmpty());
        assertEquals(10L, similar.getFirst().id());
        assertTrue(similar.stream().noneMatch(hit -> hit.id() == 1L));
        assertEquals(List.of(), SearchEngine.similar(index.searcher(), "case_study", 999, 5));
    }

    @Test
    void suggestCompletesTitleWords() {
        List<String> suggestions = SearchEngine.suggest(index.searcher(), "webc", 5);
        assertEquals(List.of("Webcast archive search", "Webcasting full council meetings"), suggestions);
        assertEquals(List.of("Webcasting full council meetings"),
                SearchEngine.suggest(index.searcher(), "council me", 5));
        assertEquals(List.of(), SearchEngine.suggest(index.searcher(), "w", 5));
        assertEquals(List.of("Tracking NEET figures with schools", "Tracking waste streams with open data"),
                SearchEngine.suggest(index.searcher(), "trac", 5));
    }

    private static List<Long> ids(SearchResults results) {
        return results.results().stream().map(SearchResults.Hit::id).toList();
    }

    private static List<Long> sorted(List<Long> ids) {
        return ids.stream().sorted().toList();
    }
}
