package org.councilcommons.discussion;

import java.util.List;

/**
 * Markdown and HTML that tries to run script, after the OWASP XSS filter evasion cheat sheet and Markdown-specific
 * tricks. Every entry carries the marker {@code XSS} in its payload so a test can tell if anything ran.
 */
public final class XssCorpus {

    private XssCorpus() {}

    public static final List<String> VECTORS = List.of(
            "<script>window.XSS=1</script>",
            "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
            "<IMG SRC=\"javascript:window.XSS=1\">",
            "<IMG SRC=JaVaScRiPt:window.XSS=1>",
            "<IMG SRC=`javascript:window.XSS=1`>",
            "<img src=x onerror=\"window.XSS=1\">",
            "<IMG \"\"\"><SCRIPT>window.XSS=1</SCRIPT>\"\\>",
            "<IMG SRC=\"jav&#x09;ascript:window.XSS=1\">",
            "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.XSS=1>",
            "<svg/onload=window.XSS=1>",
            "<svg><script>window.XSS=1</script></svg>",
            "<math><mi xlink:href=\"javascript:window.XSS=1\">x</mi></math>",
            "<BODY ONLOAD=window.XSS=1>",
            "<iframe src=\"javascript:window.XSS=1\"></iframe>",
            "<object data=\"javascript:window.XSS=1\"></object>",
            "<embed src=\"javascript:window.XSS=1\">",
            "<details open ontoggle=window.XSS=1>",
            "<input autofocus onfocus=window.XSS=1>",
            "<video><source onerror=\"window.XSS=1\"></video>",
            "<a href=\"https://ok.example\" onclick=\"window.XSS=1\">click</a>",
            "<a href=\"  javascript:window.XSS=1\">spaced</a>",
            "<form action=\"javascript:window.XSS=1\"><button>go</button></form>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.XSS=1\">",
            "<style>@import 'https://xss.example/x.css';</style><p style=\"background:url(javascript:window.XSS=1)\">s</p>",
            "<<script>script>window.XSS=1<</script>/script>",
            "<scr<script>ipt>window.XSS=1</scr</script>ipt>",
            "\"><script>window.XSS=1</script>",
            "[click](javascript:window.XSS=1)",
            "[click](JaVaScRiPt:window.XSS=1)",
            "[click](javascript&#58;window.XSS=1)",
            "[click](vbscript:msgbox(XSS))",
            "[click](data:text/html;base64,PHNjcmlwdD53aW5kb3cuWFNTPTE8L3NjcmlwdD4=)",
            "![image](javascript:window.XSS=1)",
            "![image](x\" onerror=\"window.XSS=1)",
            "<javascript:window.XSS=1>",
            "[ref][r]\n\n[r]: javascript:window.XSS=1",
            "```html\n<script>window.XSS=1</script>\n```",
            "`<img src=x onerror=window.XSS=1>`",
            "<div onmouseover=\"window.XSS=1\">hover</div>",
            "<a href=\"data:text/html,<script>window.XSS=1</script>\">data</a>");
}
