package app.parallax.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InlineHtmlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            the Kremlin <u>said</u> Friday                | the Kremlin said Friday
            <b>bold</b> and <i>italic</i>                 | bold and italic
            see <a href="https://x.org/a?b=1&amp;c=2">this</a> | see this
            one<br>two<br/>three                          | onetwothree
            <p>Paragraph</p>                              | Paragraph
            <U>Upper</U> case                             | Upper case
            stray end</u> tag                             | stray end tag
            Fish &amp; chips&nbsp;today                   | Fish & chips\u00A0today
            Russia&#8217;s &#x201C;demands&#x201D;        | Russia’s “demands”
            """)
    void tagsGoAndEntitiesAreDecoded(String html, String text) {
        assertEquals(text, InlineHtml.strip(html));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a < b and c > d", "I <3 news", "x<y", "<Kremlin> said", "1 <2", "AT&T and R&D",
            "a &notice", "<b unfinished", "<!-- not a tag -->", "</kremlin>"})
    void textThatOnlyLooksLikeHtmlStays(String text) {
        assertEquals(text, InlineHtml.strip(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Line one <u>x</u>\n\nLine <b>two</b>\n", "<u>across\nlines</u>\n", "<p>\n<b>x</b>\n</p>\n"})
    void lineBreaksAreNeverRemoved(String text) {
        assertEquals(text.lines().count(), InlineHtml.strip(text).lines().count());
        assertEquals(text.chars().filter(c -> c == '\n').count(),
                InlineHtml.strip(text).chars().filter(c -> c == '\n').count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"&lt;b&gt;literal&lt;/b&gt;"})
    void escapedTagsAreShownAsWritten(String text) {
        assertEquals("<b>literal</b>", InlineHtml.strip(text));
    }
}
