package app.parallax.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnownOutletsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://www.themoscowtimes.com/2022/01/28/x | The Moscow Times
            http://edition.cnn.com/2007/US/04/09/x      | CNN
            http://usatoday30.usatoday.com/news/x       | USA Today
            https://www.zdnet.com/blog/x                | zdnet.com
            https://news.example.org/a                  | news.example.org
            """)
    void urlNamesItsOutlet(String url, String outlet) {
        assertEquals(Optional.of(outlet), KnownOutlets.ofUrl(url));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            not a url     
            mailto:x@y.z  
            """)
    void notAWebAddressNamesNothing(String url) {
        assertEquals(Optional.empty(), KnownOutlets.ofUrl(url));
    }
}
