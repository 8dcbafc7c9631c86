package app.parallax.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.Seeds;
import app.parallax.model.Article;
import app.parallax.model.ArticleOrigin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Web pages, PDFs and the decoding rules, on the corpus and the seeds, with exact expectations. */
class ImportFormatsTest {

    private final ArticleReader reader = new ArticleReader();

    @TempDir
    Path dir;

    @Test
    void oneBadByteInAUtf8ArticleIsOneReplacementCharacterAndAWarningNamingItsOffset() throws Exception {
        byte[] seed = Files.readAllBytes(Seeds.file("000"));
        String original = Files.readString(Seeds.file("000"));
        int at = 436;
        byte[] damaged = new byte[seed.length + 1];
        System.arraycopy(seed, 0, damaged, 0, at);
        damaged[at] = (byte) 0xFF;
        System.arraycopy(seed, at, damaged, at + 1, seed.length - at);

        Article article = reader.read(Files.write(dir.resolve("damaged.txt"), damaged));

        String before = new String(seed, 0, at, StandardCharsets.UTF_8);
        assertThat(article.text()).isEqualTo(before + "\uFFFD" + original.substring(before.length()));
        assertThat(article.text()).contains("Russia’s main concerns").doesNotContain("â€™");
        assertThat(article.origin().charset()).isEqualTo("UTF-8");
        assertThat(article.origin().warnings())
                .containsExactly("not valid UTF-8 at byte 436 (1 bad byte in all, shown as \uFFFD)");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRecognisedBothWays() throws Exception {
        String original = Files.readString(Seeds.file("001"));
        for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Article article = reader.read(Files.write(dir.resolve("utf16.txt"), original.getBytes(charset)));
            assertThat(article.text()).isEqualTo(original);
            assertThat(article.origin().charset()).isEqualTo(charset.name());
            assertThat(article.origin().warnings()).isEmpty();
        }
    }

    @Test
    void aLegacyCharsetIsDetectedAndSaysSo() throws Exception {
        Article article = reader.read(BadInputs.FOLDER.resolve("windows-1252.txt"));
        assertThat(article.title()).isEqualTo("Putin said “the West ignored Russia’s concerns” – again.");
        assertThat(article.origin().charset()).isEqualTo("windows-1252 (detected)");
    }

    @Test
    void aSavedPageGivesItsArticleWithoutScriptsStylesOrMenusAndItsJsonLdMetadata() throws Exception {
        Article article = reader.read(BadInputs.FOLDER.resolve("saved-page-json-ld.html"));
        assertThat(article.metadata().title()).isEqualTo("Putin tells Macron the West ignored Russia's concerns");
        assertThat(article.metadata().outlet()).hasValue("Example Times");
        assertThat(article.metadata().date()).hasValue(LocalDate.of(2022, 1, 28));
        assertThat(article.metadata().byline()).hasValue("Jane Doe, John Roe");
        assertThat(article.metadata().url()).hasValue("https://example.com/world/putin-macron");
        assertThat(article.origin().format()).isEqualTo(ArticleOrigin.Format.WEB_PAGE);
        assertThat(article.text()).startsWith("Putin tells Macron the West ignored Russia's concerns\n\n(Moscow) Russian")
                .contains("\n\n“The responses of the United States and NATO did not take into account the fundamental "
                        + "concerns of Russia,” the Kremlin said")
                .doesNotContain("document.write").doesNotContain("display:none").doesNotContain("Cookie settings")
                .doesNotContain("Home World");
    }

    @Test
    void openGraphAndArticleMetaTagsGiveTheMetadataWhenThereIsNoJsonLd() throws Exception {
        Article article = reader.read(BadInputs.FOLDER.resolve("saved-page-open-graph.htm"));
        assertThat(article.title()).isEqualTo("Kremlin: responses ignored main concerns");
        assertThat(article.metadata().outlet()).hasValue("Open Graph News");
        assertThat(article.metadata().date()).hasValue(LocalDate.of(2022, 1, 29));
        assertThat(article.metadata().byline()).hasValue("Ann Author");
        assertThat(article.metadata().url()).hasValue("https://og.example/kremlin");
    }

    @Test
    void aPageSavedAsTxtIsStillReadAsAPage() throws Exception {
        Article article = reader.read(BadInputs.FOLDER.resolve("html-saved-as-txt.txt"));
        assertThat(article.text()).isEqualTo("Kremlin says NATO ignored concerns\n\n"
                + "Putin says NATO ignored Russia's main concerns\n\n"
                + "The Russian President said the West had ignored Moscow's key security demands.\n\n"
                + "More than 100,000 troops are near the border, officials said on Friday.\n");
        assertThat(article.metadata().outlet()).hasValue("Example News");
    }

    @Test
    void aPageInADeclaredLegacyCharsetIsDecodedInIt() throws Exception {
        Article article = reader.read(BadInputs.FOLDER.resolve("saved-page-latin-1.html"));
        assertThat(article.title()).isEqualTo("Réunion à Genève");
        assertThat(article.text()).contains("Le président français a déclaré");
        assertThat(article.origin().charset()).isEqualTo("ISO-8859-1 (declared)");
    }

    @Test
    void aPdfGivesOneParagraphPerBlockWithHyphenatedWordsJoinedAndItsDocumentInfo() throws Exception {
        Article article = reader.read(BadInputs.FOLDER.resolve("article.pdf"));
        assertThat(article.text()).isEqualTo("Putin says NATO ignored Russia's main concerns\n\n"
                + "The Russian President said on Friday that the United States and NATO had not addressed Moscow's "
                + "main security demands in their written responses this week.\n\n"
                + "\"The US and NATO responses did not take into account Russia's main concerns,\" the Kremlin said "
                + "after a call between Vladimir Putin and Emmanuel Macron.\n\n"
                + "More than 100,000 Russian soldiers are near the border with Ukraine, according to Western "
                + "officials.\n");
        assertThat(article.title()).isEqualTo("Putin says NATO ignored Russia's main concerns");
        assertThat(article.metadata().byline()).hasValue("Jane Doe");
        assertThat(article.metadata().date()).hasValue(LocalDate.of(2022, 1, 28));
        assertThat(article.origin().format()).isEqualTo(ArticleOrigin.Format.PDF);
    }

    @Test
    void theLibraryListsPagesAndPdfsBesideTextFiles(@TempDir Path folder) throws Exception {
        for (String name : List.of("saved-page-json-ld.html", "saved-page-open-graph.htm", "article.pdf")) {
            Files.copy(BadInputs.FOLDER.resolve(name), folder.resolve(name));
        }
        Files.copy(Seeds.file("004"), folder.resolve("004.txt"));
        LibraryContents contents = ArticleLibrary.load(folder);
        assertThat(contents.articles()).extracting(a -> a.file().getFileName().toString())
                .containsExactly("004.txt", "article.pdf", "saved-page-json-ld.html", "saved-page-open-graph.htm");
        assertThat(contents.problems()).isEmpty();
    }

    @Test
    void progressIsReportedFileByFile(@TempDir Path folder) throws Exception {
        for (int i = 0; i < 3; i++) {
            Files.copy(Seeds.file("00" + i), folder.resolve(i + ".txt"));
        }
        List<String> seen = new java.util.ArrayList<>();
        ArticleLibrary.load(folder, (done, total) -> seen.add(done + "/" + total));
        assertThat(seen).containsExactly("1/3", "2/3", "3/3");
    }

    @Test
    void anInterruptedLoadStops(@TempDir Path folder) throws Exception {
        Files.copy(Seeds.file("000"), folder.resolve("a.txt"));
        Thread.currentThread().interrupt();
        try {
            org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
                    () -> ArticleLibrary.load(folder));
        } finally {
            Thread.interrupted();
        }
        assertThat(Optional.of(ArticleLibrary.load(folder).articles().size())).hasValue(1);
    }
}
