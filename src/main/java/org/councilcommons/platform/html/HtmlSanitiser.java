package org.councilcommons.platform.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * The one policy for HTML that users write. Content is cleaned once, when it is saved; the source is kept beside
 * the clean HTML with {@link #VERSION}, so everything can be cleaned again when this policy changes.
 * Text with no tags at all is treated as plain paragraphs, so an officer need not know HTML.
 */
public final class HtmlSanitiser {

    /** Raise this whenever the policy changes; stored content with a lower version is due to be re-cleaned. */
    public static final int VERSION = 1;

    private static final Safelist POLICY = new Safelist()
            .addTags("p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "blockquote", "h2", "h3", "h4",
                    "code", "pre", "a", "abbr", "table", "caption", "thead", "tbody", "tr", "th", "td")
            .addAttributes("a", "href", "title")
            .addAttributes("abbr", "title")
            .addAttributes("th", "scope")
            .addProtocols("a", "href", "https", "http", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    /** The same policy for what members write in discussions; their links are marked as user content. */
    private static final Safelist USER_CONTENT = new Safelist(POLICY)
            .addEnforcedAttribute("a", "rel", "nofollow ugc noopener noreferrer");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings()
            .prettyPrint(false)
            .charset("UTF-8")
            .escapeMode(Entities.EscapeMode.base);

    private HtmlSanitiser() {}

    public static String clean(String source) {
        if (source == null || source.isBlank()) {
            return "";
        }
        String html = looksLikeHtml(source) ? source : paragraphs(source);
        return Jsoup.clean(html, "", POLICY, OUTPUT);
    }

    /** Cleans HTML rendered from a member's post (Markdown already turned into HTML, raw HTML escaped). */
    public static String cleanUserContent(String html) {
        return html == null || html.isBlank() ? "" : Jsoup.clean(html, "", USER_CONTENT, OUTPUT);
    }

    /** Plain text made safe inside HTML or XML, as element content or a double-quoted attribute. */
    public static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The visible text of some HTML, for summaries, feeds and search. */
    public static String text(String html) {
        return html == null ? "" : Jsoup.parse(html).text();
    }

    private static boolean looksLikeHtml(String source) {
        return source.matches("(?s).*<\\s*/?\\s*[a-zA-Z][^>]*>.*");
    }

    private static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        for (String para : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            if (!para.isBlank()) {
                out.append("<p>").append(Entities.escape(para.strip()).replace("\n", "<br>")).append("</p>");
            }
        }
        return out.toString();
    }
}
