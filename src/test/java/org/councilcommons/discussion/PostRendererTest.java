package org.councilcommons.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PostRendererTest {

    static final List<String> DANGEROUS = List.of("script", "iframe", "object", "embed", "svg", "math", "style", "meta",
            "form", "input", "button", "video", "source", "details", "body", "img");

    @Test
    void markdownBecomesTheUsualHtml() {
        assertEquals("<p>We <strong>webcast</strong> every <em>committee</em>:</p>\n<ul>\n<li>planning</li>\n</ul>\n",
                PostRenderer.render("We **webcast** every *committee*:\n\n- planning"));
    }

    @Test
    void linksAreMarkedAsUserContentAndNotFollowed() {
        String html = PostRenderer.render("See [our pilot](https://reading.gov.uk/pilot).");
        Element a = Jsoup.parse(html).selectFirst("a");
        assertEquals("https://reading.gov.uk/pilot", a.attr("href"));
        assertTrue(a.attr("rel").contains("nofollow") && a.attr("rel").contains("ugc"), a.attr("rel"));
    }

    @Test
    void everyVectorOfTheXssCorpusIsRenderedInert() {
        for (String vector : XssCorpus.VECTORS) {
            String html = PostRenderer.render(vector);
            Element body = Jsoup.parseBodyFragment(html).body();
            for (Element e : body.getAllElements()) {
                if (e == body) {
                    continue;
                }
                String tag = e.tagName().toLowerCase(Locale.ROOT);
                assertTrue(!DANGEROUS.contains(tag), vector + " left a <" + tag + ">: " + html);
                for (Attribute a : e.attributes()) {
                    String name = a.getKey().toLowerCase(Locale.ROOT);
                    assertTrue(!name.startsWith("on") && !name.equals("style") && !name.equals("src"),
                            vector + " left " + name + ": " + html);
                    if (name.equals("href")) {
                        String href = a.getValue().strip().toLowerCase(Locale.ROOT);
                        assertTrue(href.startsWith("https:") || href.startsWith("http:") || href.startsWith("mailto:")
                                || !href.contains(":"), vector + " left a link to " + href);
                    }
                }
            }
        }
    }
}
