package org.councilcommons.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;

class SearchSchemaTest {

    @Test
    void indexedTextIsStemmedWithoutStopWordsOrSynonyms() throws IOException {
        assertEquals(List.of("councillor", "webcast", "meeting"),
                tokens(SearchSchema.BODY, "The councillors' webcasts of meetings"));
        assertEquals(List.of("neet"), tokens(SearchSchema.TITLE, "NEET"));
    }

    @Test
    void itIsNotAStopWordForCouncils() throws IOException {
        assertEquals(List.of("old", "it", "system"), tokens(SearchSchema.BODY, "our old IT systems"));
    }

    @Test
    void searchTextGainsSynonymsIncludingPhrases() throws IOException {
        List<String> neet = tokens(SearchSchema.QUERY, "NEET");
        assertTrue(neet.containsAll(List.of("neet", "education", "employment", "training", "young", "people")),
                neet.toString());
        assertTrue(tokens(SearchSchema.QUERY, "Public Services Network").contains("psn"));
        assertTrue(tokens(SearchSchema.QUERY, "livestream").contains("webcast"));
    }

    @Test
    void ambiguousWordsWidenOnlyOneWay() throws IOException {
        assertTrue(tokens(SearchSchema.QUERY, "members").contains("councillor"));
        assertEquals(List.of("elect", "councillor", "member"), tokens(SearchSchema.QUERY, "councillors"));
        assertEquals(List.of("waste", "stream"), tokens(SearchSchema.QUERY, "waste stream"));
    }

    @Test
    void aDocumentKeepsWhatAHitShowsAndIsKeyedByTypeAndId() {
        Document doc = SearchSchema.toDocument(TestIndex.caseStudy(12, "Title", "Summary", "Body", List.of("Data"),
                List.of("legacy-systems"), "unitary", "London", "live", "2024-01-01T00:00:00Z"));
        assertEquals("case_study:12", SearchSchema.idTerm("case_study", 12).text());
        assertEquals("Title", doc.get(SearchSchema.TITLE));
        assertEquals("Summary", doc.get(SearchSchema.SUMMARY));
        assertEquals("Council 12", doc.get(SearchSchema.COUNCIL_NAME));
        assertEquals("E060000012", doc.get(SearchSchema.COUNCIL_CODE));
        assertEquals("/case-studies/12", doc.get(SearchSchema.URL));
        assertEquals("case_study", doc.get(SearchSchema.TYPE));
        assertEquals(12L, doc.getField(SearchSchema.ID).numericValue().longValue());
        assertTrue(SearchSchema.facetsConfig().getDimConfig("barrier").multiValued);
        assertTrue(SearchSchema.facetsConfig().getDimConfig("theme").multiValued);
    }

    @Test
    void aDocumentWithoutOptionalFieldsStillBuilds() {
        Document doc = SearchSchema.build(new SearchDocument("thread", 3, "Question", null, null, null, null, null,
                null, null, null, null, null, "/threads/3"));
        assertEquals("Question", doc.get(SearchSchema.TITLE));
        assertNull(doc.get(SearchSchema.COUNCIL_NAME));
    }

    private static List<String> tokens(String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = SearchSchema.analyzer().tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
