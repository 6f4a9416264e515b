package org.councilcommons.search;

import static org.councilcommons.search.TestIndex.caseStudy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.councilcommons.platform.errors.InvalidInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UserQueryTest {

    private static final Set<String> SEARCHED_FIELDS = Relevance.FIELDS.keySet();
    private static final Duration FAST = Duration.ofSeconds(1);
    private static TestIndex index;

    @BeforeAll
    static void indexCaseStudies() {
        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            documents.add(caseStudy(i, "Webcasting meetings " + i, "Residents watch council meeting number " + i,
                    "A webcast with captions, streamed on YouTube; agenda item " + i + " of the committee.",
                    List.of("Democracy"), List.of("cultural-resistance"), "unitary", "South East", "live",
                    "2024-01-01T00:00:00Z"));
        }
        index = TestIndex.of(documents);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void quotedTextIsAPhrase() {
        UserQuery query = UserQuery.parse("\"channel shift\" savings");
        assertEquals(List.of("channel shift"), query.phrases());
        assertEquals("savings", query.words());
        assertTrue(leaves(query.toQuery()).stream().anyMatch(q -> q instanceof PhraseQuery));
    }

    @Test
    void typographicQuotesWorkLikeStraightOnes() {
        assertEquals(List.of("digital by default"), UserQuery.parse("\u201Cdigital by default\u201D").phrases());
        assertEquals(List.of("unclosed phrase"), UserQuery.parse("\"unclosed phrase").phrases());
    }

    @Test
    void aLeadingMinusExcludesAWordOrAPhrase() {
        UserQuery query = UserQuery.parse("webcast -youtube -\"social media\"");
        assertEquals("webcast", query.words());
        assertEquals(List.of("youtube"), query.excludedWords());
        assertEquals(List.of("social media"), query.excludedPhrases());
        assertEquals(2, clauses(query.toQuery(), Occur.MUST_NOT));
    }

    @Test
    void aHyphenInsideAWordOrStandingAloneExcludesNothing() {
        UserQuery query = UserQuery.parse("e-mail - forms");
        assertEquals("e-mail - forms", query.words());
        assertEquals(List.of(), query.excludedWords());
    }

    @Test
    void queryParserSyntaxIsInert() {
        for (String text : List.of("web*", "?ebcast", "webcast~2", "webcast~", "title:webcast", "body:*",
                "(webcast OR crm) AND NOT psn", "[a TO z]", "{a TO z}", "/web.*/", "webcast^10", "\\", "+webcast",
                "&& || !", "webcast NOT youtube")) {
            Query query = UserQuery.parse(text).toQuery();
            for (Query leaf : leaves(query)) {
                assertFalse(leaf instanceof MultiTermQuery, text + " became " + leaf);
            }
            assertEquals(0, clauses(query, Occur.MUST_NOT), text);
            assertTrue(fields(query).stream().allMatch(SEARCHED_FIELDS::contains), text + " searched " + fields(query));
        }
    }

    @Test
    void syntaxCharactersAroundAWordStillFindIt() {
        for (String text : List.of("webcast^10", "(webcast)", "webcast~", "webcast*", "+webcast", "webcast!")) {
            assertEquals(200, index.search(text).total(), text);
        }
    }

    @Test
    void tooLongTextIsRefusedNamingQ() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> UserQuery.parse("a".repeat(201)));
        assertEquals("q", refused.errors().getFirst().field());
        UserQuery.parse("a".repeat(200));
    }

    @Test
    void moreThanTwelveWordsAreRefusedButStopWordsAreFree() {
        String twelve = "one two three four five six seven eight nine ten eleven twelve";
        UserQuery.parse(twelve + " and the of in a");
        InvalidInput refused = assertThrows(InvalidInput.class, () -> UserQuery.parse(twelve + " thirteen"));
        assertEquals("q", refused.errors().getFirst().field());
        assertThrows(InvalidInput.class, () -> UserQuery.parse(twelve.replace("twelve", "\"twelve thirteen\"")));
    }

    @Test
    void nothingButStopWordsAndPunctuationBrowses() {
        for (String text : List.of("", "the", "(((((", "*", "-", "\"\"")) {
            assertTrue(UserQuery.parse(text).interpret(index.searcher()).browsing(), text);
        }
    }

    @Test
    void hostileInputIsAnsweredInMilliseconds() {
        Random random = new Random(42);
        List<Supplier<String>> attacks = List.of(
                () -> "(".repeat(200), () -> "*".repeat(200), () -> "~".repeat(200), () -> "a*".repeat(100),
                () -> "\"".repeat(200), () -> "-\"".repeat(100), () -> "webcast~".repeat(25),
                () -> "x".repeat(200), () -> "webcsat ".repeat(12).strip(), () -> junk(random, 200),
                () -> junk(random, 10_000), () -> "(".repeat(10_000), () -> "a ".repeat(5_000));
        for (Supplier<String> attack : attacks) {
            String text = attack.get();
            assertTimeout(FAST, () -> {
                try {
                    SearchEngine.search(index.searcher(), SearchRequest.of(text));
                    SearchEngine.suggest(index.searcher(), text.substring(0, Math.min(text.length(), 200)), 10);
                } catch (InvalidInput refused) {
                    assertEquals("q", refused.errors().getFirst().field());
                }
            }, () -> "too slow: " + text.substring(0, Math.min(40, text.length())));
        }
    }

    /** Code points from all over Unicode: controls, combining marks, ideographs, emoji, bidi overrides. */
    private static String junk(Random random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int codePoint = random.nextInt(0x2FFFF);
            if (Character.isValidCodePoint(codePoint) && !Character.isSurrogate((char) codePoint)) {
                text.appendCodePoint(codePoint);
            }
        }
        return text.substring(0, length);
    }

    private static List<Query> leaves(Query query) {
        List<Query> leaves = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public void visitLeaf(Query leaf) {
                leaves.add(leaf);
            }

            @Override
            public void consumeTerms(Query leaf, org.apache.lucene.index.Term... terms) {
                leaves.add(leaf);
            }

            @Override
            public void consumeTermsMatching(Query leaf, String field,
                    Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
                leaves.add(leaf);
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }
        });
        return leaves;
    }

    private static Set<String> fields(Query query) {
        Set<String> fields = new java.util.HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }
        });
        return fields;
    }

    private static long clauses(Query query, Occur occur) {
        if (!(query instanceof org.apache.lucene.search.BooleanQuery bool)) {
            return 0;
        }
        return bool.clauses().stream().map(BooleanClause::occur).filter(occur::equals).count();
    }
}
