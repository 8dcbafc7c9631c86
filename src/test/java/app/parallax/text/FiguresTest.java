package app.parallax.text;

import app.parallax.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FiguresTest {

    private static List<String> stated(String text) {
        return new Figures().find(text, Span.of(text, 0, text.length())).stream()
                .map(f -> f.kind() + ":" + f.stated() + "@" + f.span().text()).toList();
    }

    @Test
    void hedgedNumbersDatesWeekdaysYears() {
        assertEquals(List.of("NUMBER:more than 100000@More than 100,000", "YEAR:2021@2021"),
                stated("More than 100,000 Russian soldiers have been massed since the end of 2021"));
        assertEquals(List.of("NUMBER:some 100000@some 100,000"), stated("Moscow has amassed some 100,000 troops"));
        assertEquals(List.of("WEEKDAY:friday@Friday", "DATE:jan 28@January 28"), stated("On Friday, January 28, Putin called"));
        assertEquals(List.of("NUMBER:$2.5 billion@$2.5 billion"), stated("sold for $2.5 billion"));
    }

    @Test
    void numbersInsideNamesAreNotFigures() {
        assertEquals(List.of(), stated("source site-63"));
        assertEquals(List.of(), stated("NATO's 20-year expansion"));
    }
}
