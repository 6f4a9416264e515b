package org.councilcommons.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
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
    private static final String[] FIELDS = {SearchSchema.SUMMARY, SearchSchema.BODY};
    private static final String MARK = "<mark>";

    private Snippets() {}

    /** One snippet per document, in the order given: the summary if it matched, else the body, else the summary. */
    static String[] of(IndexSearcher searcher, Query query, int[] docs) {
        String[] snippets = new String[docs.length];
        if (docs.length == 0) {
            return snippets;
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, SearchSchema.analyzer())
                .withFormatter(new DefaultPassageFormatter(MARK, "</mark>", "… ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.UK), LENGTH, 0.5f))
                .withMaxNoHighlightPassages(1)
                // the Matches API would mark a phrase as one span, but costs three times as much per hit
                .withWeightMatches(false)
                .build();
        try {
            Map<String, String[]> byField = highlighter.highlightFields(FIELDS, query, docs, new int[] {1, 1});
            String[] summaries = byField.get(SearchSchema.SUMMARY);
            String[] bodies = byField.get(SearchSchema.BODY);
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

    private static String choose(String summary, String body) {
        if (summary != null && summary.contains(MARK)) {
            return summary;
        }
        if (body != null && body.contains(MARK)) {
            return body;
        }
        if (summary != null && !summary.isBlank()) {
            return summary;
        }
        return body == null ? "" : body;
    }
}
