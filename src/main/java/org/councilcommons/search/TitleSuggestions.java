package org.councilcommons.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.councilcommons.platform.errors.InvalidInput;

/**
 * Suggestions as someone types: titles that contain every word typed so far, the last one possibly unfinished.
 * Titles that begin with the text come first, then the newest. This runs on the live index (a prefix query on an
 * unstemmed title-words field) rather than on a separate suggester structure, so a case study is suggested as soon
 * as it is searchable, with nothing to rebuild; titles are short and few, so the prefix expansion stays cheap.
 */
final class TitleSuggestions {

    static final int MIN_LENGTH = 2;
    static final int MAX_COUNT = 20;
    private static final int MAX_WORDS = 8;
    private static final Sort BEST_THEN_NEWEST = new Sort(SortField.FIELD_SCORE, SearchEngine.newestFirst());

    private TitleSuggestions() {}

    static List<String> find(IndexSearcher searcher, String typed, int count) {
        if (typed == null || typed.strip().length() < MIN_LENGTH) {
            return List.of();
        }
        if (typed.length() > UserQuery.MAX_LENGTH) {
            throw InvalidInput.of("q", "Enter " + UserQuery.MAX_LENGTH + " characters or fewer");
        }
        List<String> words = words(typed);
        if (words.isEmpty()) {
            return List.of();
        }
        boolean lastUnfinished = !Character.isWhitespace(typed.charAt(typed.length() - 1));
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            Term word = new Term(SearchSchema.TITLE_WORDS, words.get(i));
            boolean last = i == words.size() - 1;
            query.add(last && lastUnfinished ? new PrefixQuery(word) : new TermQuery(word), Occur.FILTER);
        }
        Query beginsWith = new PrefixQuery(new Term(SearchSchema.TITLE_START, SearchSchema.titleStart(typed)));
        query.add(new BoostQuery(new ConstantScoreQuery(beginsWith), 2f), Occur.SHOULD);
        int wanted = Math.clamp(count, 1, MAX_COUNT);
        try {
            // a few extra, because several case studies may share a title
            ScoreDoc[] top = searcher.search(query.build(), wanted * 2, BEST_THEN_NEWEST, true).scoreDocs;
            StoredFields stored = searcher.storedFields();
            Set<String> titles = new LinkedHashSet<>();
            for (ScoreDoc hit : top) {
                titles.add(stored.document(hit.doc, Set.of(SearchSchema.TITLE)).get(SearchSchema.TITLE));
                if (titles.size() == wanted) {
                    break;
                }
            }
            return new ArrayList<>(titles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> words(String typed) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = SearchSchema.analyzer().tokenStream(SearchSchema.TITLE_WORDS, typed)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words.size() > MAX_WORDS ? words.subList(words.size() - MAX_WORDS, words.size()) : words;
    }
}
