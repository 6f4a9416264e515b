package org.councilcommons.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The analysis chains behind {@link SearchSchema#analyzer()}.
 *
 * <p>Prose is tokenised, folded to ASCII and lower-cased, stop words go, plurals become singular, then KStem (a
 * dictionary-backed stemmer: "councillors" and "councillor" meet, "digital" and "digits" do not, as they would with
 * Porter). Synonyms are applied only to search text, never to indexed text: a {@code SynonymGraphFilter} at query
 * time keeps multi-word synonyms exact ("PSN" becomes the phrase "public services network", not three loose words),
 * whereas index-time synonyms would need {@code FlattenGraphFilter}, which loses that precision (a flattened graph
 * lets phrases match across alternatives), and would store every alternative in every document.
 *
 * <p>Stop words leave no gaps in positions. Rules such as "not in education, employment or training" then match
 * text that says the same with other filler words, and a rule whose words are partly stop words can be parsed at
 * all (the synonym parser refuses holes). Synonyms run before the stemmer, so a rule names words as people type
 * them: "streaming" in the list does not also capture "stream", and "waste stream" is not turned into webcasts.
 */
final class SearchAnalysis {

    /**
     * Lucene's English stop words except "it" (officers write "old IT", "IT team"), plus the pronouns and question
     * words officers type when they describe a problem ("how do we get our residents online"), which would otherwise
     * count as words a result has to contain.
     */
    static final CharArraySet STOP_WORDS;

    static {
        CharArraySet words = new CharArraySet(64, true);
        for (Object word : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
            String text = new String((char[]) word);
            if (!text.equals("it")) {
                words.add(text);
            }
        }
        words.addAll(List.of("i", "me", "my", "we", "us", "our", "you", "your", "how", "what", "which", "who", "do",
                "does", "did", "can", "has", "have", "had", "been", "from", "about"));
        STOP_WORDS = CharArraySet.unmodifiableSet(words);
    }

    private SearchAnalysis() {}

    /** Indexed prose: the chain without synonyms. */
    static Analyzer prose() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new KStemFilter(beforeSynonyms(source)));
            }

            // the themes of a case study are separate values: a phrase must not run from one into the next
            @Override
            public int getPositionIncrementGap(String field) {
                return 100;
            }
        };
    }

    /** Search text: the same chain with the public-sector synonyms; its output is a token graph. */
    static Analyzer search(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream graph = new SynonymGraphFilter(beforeSynonyms(source), synonyms, true);
                return new TokenStreamComponents(source, new KStemFilter(graph));
            }
        };
    }

    /** Title words for suggestions: no stemming, so what is suggested is what was typed. */
    static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(new ASCIIFoldingFilter(source)));
            }
        };
    }

    static SynonymMap synonyms() {
        Analyzer rules = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, beforeSynonyms(source));
            }
        };
        InputStream in = SearchAnalysis.class.getResourceAsStream("synonyms.txt");
        if (in == null) {
            throw new IllegalStateException("synonyms.txt is missing beside " + SearchAnalysis.class.getName());
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, rules);
            parser.parse(reader);
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search synonyms", e);
        } catch (ParseException e) {
            throw new IllegalStateException("synonyms.txt line " + e.getErrorOffset() + ": " + e.getMessage(), e);
        } finally {
            rules.close();
        }
    }

    private static TokenStream beforeSynonyms(Tokenizer source) {
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(new ASCIIFoldingFilter(stream));
        stream = new ClosingGaps(new StopFilter(stream, STOP_WORDS));
        return new EnglishMinimalStemFilter(stream);
    }

    /** Removes the holes stop words leave, so phrases and synonym rules see the remaining words as adjacent. */
    private static final class ClosingGaps extends TokenFilter {
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

        ClosingGaps(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (increment.getPositionIncrement() > 1) {
                increment.setPositionIncrement(1);
            }
            return true;
        }
    }
}
