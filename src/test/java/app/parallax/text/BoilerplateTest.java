package app.parallax.text;

import app.parallax.Seeds;
import app.parallax.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoilerplateTest {

    private static Map<String, Boilerplate.Kind> of(String seed) {
        Article a = Seeds.article(seed);
        return new Boilerplate().find(a.text(), a.title()).stream()
                .collect(Collectors.toMap(l -> l.span().text(), Boilerplate.Line::kind, (x, y) -> x));
    }

    @Test
    void seed000() {
        Map<String, Boilerplate.Kind> b = of("000");
        assertEquals(Boilerplate.Kind.SOCIAL, b.get("Follow us on Google News, Facebook and Twitter to stay informed."));
        assertEquals(Boilerplate.Kind.REPEATED_HEADLINE, b.get("Vladimir Putin says NATO ignored Russia’s main concerns."));
        assertFalse(b.containsKey("Vladimir Putin says NATO ignored Russia’s main concerns"), "the title itself is content");
        assertEquals(2, b.size());
    }

    @Test
    void seed001TimestampsAndSourceTag() {
        Map<String, Boilerplate.Kind> b = of("001");
        assertEquals(Map.of("Posted at 7:06", Boilerplate.Kind.TIMESTAMP, "Updated at 8:46 a.m.", Boilerplate.Kind.TIMESTAMP,
                "source site-63", Boilerplate.Kind.FOOTER), b);
    }

    @Test
    void seed002AdsCreditsBylineTimestamps() {
        Map<String, Boilerplate.Kind> b = of("002");
        assertEquals(Boilerplate.Kind.ADVERTISEMENT, b.get("Advertisement"));
        assertEquals(Boilerplate.Kind.CREDIT, b.get("Image: AP"));
        assertEquals(Boilerplate.Kind.BYLINE, b.get("Reported by: Anurag Roushan"));
        assertEquals(Boilerplate.Kind.TIMESTAMP, b.get("Published January 29th, 2022 at 16:40 IST"));
        assertEquals(Boilerplate.Kind.TIMESTAMP, b.get("Updated January 29th, 2022 at 16:40 IST"));
    }

    @Test
    void seed003CaptionsLinksAndTheCommentFooter() {
        Map<String, Boilerplate.Kind> b = of("003");
        assertEquals(Boilerplate.Kind.CREDIT, b.get("Photo: Sputnik / Reuters"));
        assertEquals(Boilerplate.Kind.CAPTION, b.get("Senior diplomats: Foreign Ministers Anthony Blinken and Sergey Lavrov are still in contact."));
        assertEquals(Boilerplate.Kind.LINK, b.get("the: The West can threaten Putin’s inner circle with sanctions"));
        assertEquals(Boilerplate.Kind.LINK, b.get("See also\u00A0 Russia Expands Threat Image - VG"));
        assertEquals(Boilerplate.Kind.FOOTER, b.get("\"Coffee trailblazer. Certified pop culture lover. Infuriatingly humble gamer.\""));
        assertEquals(Boilerplate.Kind.FOOTER, b.get("Leave a Reply"));
        assertFalse(b.containsKey("Putin specifically mentioned US missiles."));
    }

    @Test
    void seed004LinksAndCaption() {
        Map<String, Boilerplate.Kind> b = of("004");
        assertEquals(Boilerplate.Kind.LINK, b.get("Original url:"));
        assertEquals(Boilerplate.Kind.LINK, b.get("https://www.themoscowtimes.com/2022/01/28/putin-says-us-ignored-russias-demands-kremlin-a7619"));
        assertTrue(b.keySet().stream().anyMatch(k -> k.startsWith("Related article:")));
        assertEquals(Boilerplate.Kind.TIMESTAMP, b.get("January 28, 2022"));
    }

    @Test
    void ordinaryProseIsNotBoilerplate() {
        assertEquals(List.of(), new Boilerplate().find("Russia annexed Crimea in 2014.\n\nBy the end of the year, talks resumed.", "Title"));
    }
}
