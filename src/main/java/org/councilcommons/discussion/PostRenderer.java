package org.councilcommons.discussion;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.councilcommons.platform.html.HtmlSanitiser;

/**
 * Markdown to safe HTML: CommonMark with any HTML in the text escaped and unsafe link schemes dropped, then the one
 * sanitiser policy. The version is stored with each post so old posts can be rendered again when this changes.
 */
public final class PostRenderer {

    public static final int VERSION = 1;

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private PostRenderer() {}

    public static String render(String markdown) {
        return HtmlSanitiser.cleanUserContent(RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)));
    }
}
