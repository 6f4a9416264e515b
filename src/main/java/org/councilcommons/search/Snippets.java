package org.councilcommons.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.IntStream;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The passage of each hit that shows why it matched, as HTML: matched words in {@code <mark>}, everything else
 * escaped, because the page inserts the snippet as markup and case-study text is written by members.
 */
final class Snippets {

    static final int LENGTH = 200;
    private static final String[] SUMMARY = {SearchSchema.SUMMARY};
    private static final String[] BODY = {SearchSchema.BODY};
    private static final int[] ONE = {1};
    private static final String MARK = "<mark>";

    private Snippets() {}

    /**
     * One snippet per document, in the order given: the summary if it matched, else the body, else the summary. The
     * body, five times the summary's length, is only read and highlighted for documents whose summary did not match.
     */
    static String[] of(IndexSearcher searcher, Query query, int[] docs) {
        String[] snippets = new String[docs.length];
        if (docs.length == 0) {
            return snippets;
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, SearchSchema.analyzer())
                .withFormatter(new DefaultPassageFormatter(MARK, "</mark>", "… ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new SentenceBreaks(), LENGTH, 0.5f))
                .withMaxNoHighlightPassages(1)
                // the Matches API would mark a phrase as one span, but costs three times as much per hit
                .withWeightMatches(false)
                .build();
        try {
            String[] summaries = highlighter.highlightFields(SUMMARY, query, docs, ONE).get(SearchSchema.SUMMARY);
            int[] unmatched = IntStream.range(0, docs.length).filter(i -> !matched(summaries[i])).toArray();
            String[] bodies = new String[docs.length];
            if (unmatched.length > 0) {
                int[] bodyDocs = IntStream.of(unmatched).map(i -> docs[i]).toArray();
                String[] found = highlighter.highlightFields(BODY, query, bodyDocs, ONE).get(SearchSchema.BODY);
                for (int j = 0; j < unmatched.length; j++) {
                    bodies[unmatched[j]] = found[j];
                }
            }
            for (int i = 0; i < docs.length; i++) {
                snippets[i] = choose(summaries[i], bodies[i]);
            }
            return snippets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Plain text as a snippet without highlights: escaped and cut at a word near {@link #LENGTH}. */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        String cut = text.strip();
        if (cut.length() > LENGTH) {
            int space = cut.lastIndexOf(' ', LENGTH);
            cut = cut.substring(0, space > LENGTH / 2 ? space : LENGTH) + "…";
        }
        return escape(cut);
    }

    static String escape(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#x27;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }

    private static boolean matched(String snippet) {
        return snippet != null && snippet.contains(MARK);
    }

    private static String choose(String summary, String body) {
        if (matched(summary)) {
            return summary;
        }
        if (matched(body)) {
            return body;
        }
        if (summary != null && !summary.isBlank()) {
            return summary;
        }
        return body == null ? "" : body;
    }
}
