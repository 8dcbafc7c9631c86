package app.parallax.corpus;

import app.parallax.model.Article;
import app.parallax.model.ArticleMetadata;
import app.parallax.model.Span;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PassageGroupsTest {

    private final List<Article> articles = new ArrayList<>();

    /** Sets the library: one article per text. */
    private void library(String... texts) {
        for (int i = 0; i < texts.length; i++) {
            articles.add(new Article(Path.of("a" + i + ".txt"), texts[i], ArticleMetadata.titled("a" + i)));
        }
    }

    private CorpusMember passage(int article, String text) {
        Article a = articles.get(article);
        int start = a.text().indexOf(text);
        return new CorpusMember(a, Span.of(a.text(), start, start + text.length()));
    }

    private static PassageGroups.Link link(CorpusMember a, CorpusMember b, double score) {
        return new PassageGroups.Link(a, b, score);
    }

    private static List<List<String>> texts(List<PassageGroups.Grouped> groups) {
        return groups.stream().map(g -> g.members().stream().map(CorpusMember::text).toList()).toList();
    }

    @Test
    void aVagueSentenceLinkedToEveryOutletChainsNothing() {
        library("Officials said the situation was serious.", "Russia massed 100,000 troops.",
                "Talks will resume in Geneva.", "The EU prepared sanctions.");
        CorpusMember vague = passage(0, "Officials said the situation was serious.");
        CorpusMember troops = passage(1, "Russia massed 100,000 troops.");
        CorpusMember talks = passage(2, "Talks will resume in Geneva.");
        CorpusMember sanctions = passage(3, "The EU prepared sanctions.");
        List<PassageGroups.Grouped> groups = new PassageGroups(articles).group(List.of(
                link(vague, troops, 0.9), link(vague, talks, 0.8), link(vague, sanctions, 0.7)));
        assertEquals(List.of(
                List.of("Officials said the situation was serious.", "Russia massed 100,000 troops."),
                List.of("Officials said the situation was serious.", "Talks will resume in Geneva."),
                List.of("Officials said the situation was serious.", "The EU prepared sanctions.")), texts(groups));
    }

    @Test
    void threeOutletsLinkedPairwiseAreOneGroupWithTheMostCentralAsGist() {
        library("Putin spoke to Macron on Friday.", "Putin and Macron talked by phone.", "Macron called Putin.");
        CorpusMember a = passage(0, "Putin spoke to Macron on Friday.");
        CorpusMember b = passage(1, "Putin and Macron talked by phone.");
        CorpusMember c = passage(2, "Macron called Putin.");
        List<PassageGroups.Grouped> groups = new PassageGroups(articles).group(List.of(
                link(a, b, 0.9), link(b, c, 0.8), link(a, c, 0.6)));
        assertEquals(List.of(List.of(a.text(), b.text(), c.text())), texts(groups));
        assertEquals(b, groups.get(0).gist());
    }

    @Test
    void oneMissedLinkDoesNotSplitAGroupOfFour() {
        library("A says it.", "B says it.", "C says it.", "D says it.");
        CorpusMember a = passage(0, "A says it.");
        CorpusMember b = passage(1, "B says it.");
        CorpusMember c = passage(2, "C says it.");
        CorpusMember d = passage(3, "D says it.");
        List<PassageGroups.Grouped> groups = new PassageGroups(articles).group(List.of(
                link(a, b, 0.9), link(a, c, 0.9), link(b, c, 0.9), link(b, d, 0.8), link(c, d, 0.8)));
        assertEquals(List.of(List.of(a.text(), b.text(), c.text(), d.text())), texts(groups));
    }

    @Test
    void aChainOfThreeKeepsItsTwoPairsAndLinksNothingNew() {
        library("A says it.", "B says it.", "C says it.");
        CorpusMember a = passage(0, "A says it.");
        CorpusMember b = passage(1, "B says it.");
        CorpusMember c = passage(2, "C says it.");
        List<PassageGroups.Grouped> groups = new PassageGroups(articles).group(List.of(link(a, b, 0.9), link(b, c, 0.8)));
        assertEquals(List.of(List.of(a.text(), b.text()), List.of(b.text(), c.text())), texts(groups));
    }

    @Test
    void aGroupHoldsOnePassagePerArticle() {
        library("The lede. The lede again.", "The other lede.", "A third lede.");
        CorpusMember lede = passage(0, "The lede.");
        CorpusMember repeat = passage(0, "The lede again.");
        CorpusMember other = passage(1, "The other lede.");
        CorpusMember third = passage(2, "A third lede.");
        List<PassageGroups.Grouped> groups = new PassageGroups(articles).group(List.of(
                link(lede, other, 0.9), link(repeat, other, 0.8), link(lede, third, 0.7), link(other, third, 0.7)));
        assertEquals(List.of(List.of("The lede.", "The other lede.", "A third lede."),
                List.of("The lede again.", "The other lede.")), texts(groups));
    }
}
