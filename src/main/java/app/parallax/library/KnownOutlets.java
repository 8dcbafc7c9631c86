package app.parallax.library;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * News outlets known by their web address, so that a URL or a title suffix can name the outlet the way
 * readers know it ("The Moscow Times" rather than "themoscowtimes.com"). An unknown site is named by its
 * host, which is still right, just less pretty.
 */
final class KnownOutlets {

    private static final Map<String, String> BY_HOST = Map.ofEntries(
            Map.entry("themoscowtimes.com", "The Moscow Times"),
            Map.entry("nytimes.com", "The New York Times"),
            Map.entry("washingtonpost.com", "The Washington Post"),
            Map.entry("foxnews.com", "Fox News"),
            Map.entry("huffingtonpost.com", "HuffPost"),
            Map.entry("huffpost.com", "HuffPost"),
            Map.entry("cnn.com", "CNN"),
            Map.entry("nbcnews.com", "NBC News"),
            Map.entry("usatoday.com", "USA Today"),
            Map.entry("reuters.com", "Reuters"),
            Map.entry("apnews.com", "AP News"),
            Map.entry("bbc.co.uk", "BBC News"),
            Map.entry("bbc.com", "BBC News"),
            Map.entry("theguardian.com", "The Guardian"),
            Map.entry("telegraph.co.uk", "The Telegraph"),
            Map.entry("aljazeera.com", "Al Jazeera"),
            Map.entry("nrk.no", "NRK"),
            Map.entry("republicworld.com", "Republic World"),
            Map.entry("lapresse.ca", "La Presse"),
            Map.entry("thehindu.com", "The Hindu"));

    /**
     * "AmericanPost.News", "zdnet.com": a site named by its address. Only common endings count, so that
     * "Node.js" or "e.g" are not taken for sites.
     */
    private static final Pattern SITE_ADDRESS = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*(?:\\.[A-Za-z0-9-]+)*"
            + "\\.(?:[Nn]ews|com|net|org|info|co|uk|ca|au|in|ie|nz|no|fr|de|ru|us|eu|io|tv)");

    private KnownOutlets() {
    }

    /** The outlet a URL belongs to: its known name, else its host without "www.". */
    static Optional<String> ofUrl(String url) {
        try {
            String host = URI.create(url).getHost();
            return Optional.ofNullable(host).map(h -> h.toLowerCase(Locale.ROOT)).map(KnownOutlets::ofHost);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether a piece of a title names an outlet: a known outlet's name, or a site address. */
    static boolean isOutletName(String text) {
        String name = text.strip();
        return BY_HOST.values().stream().anyMatch(name::equalsIgnoreCase) || SITE_ADDRESS.matcher(name).matches();
    }

    static boolean looksLikeSiteAddress(String token) {
        return SITE_ADDRESS.matcher(token).matches();
    }

    private static String ofHost(String host) {
        for (String domain = host; domain.contains("."); domain = domain.substring(domain.indexOf('.') + 1)) {
            String name = BY_HOST.get(domain);
            if (name != null) {
                return name; // "edition.cnn.com" and "usatoday30.usatoday.com" are still CNN and USA Today
            }
        }
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
