// Writes the PDFs of the corpus with Apache PDFBox (run from this folder):
//   jshell --class-path "$(cat cp.txt)" make-pdfs.jsh     where cp.txt is `mvn dependency:build-classpath`
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.font.*;
import org.apache.pdfbox.pdmodel.encryption.*;
import java.util.*;

void page(PDDocument doc, List<String> lines) throws Exception {
    PDPage page = new PDPage();
    doc.addPage(page);
    try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.beginText();
        s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        s.setLeading(14);
        s.newLineAtOffset(60, 720);
        for (String line : lines) {
            if (!line.isEmpty()) s.showText(line);
            s.newLine();
        }
        s.endText();
    }
}

List<String> article = List.of(
    "Putin says NATO ignored Russia's main concerns",
    "",
    "The Russian President said on Friday that the United States and NATO had not",
    "addressed Moscow's main security demands in their written responses this week.",
    "",
    "\"The US and NATO responses did not take into account Russia's main concerns,\"",
    "the Kremlin said after a call between Vladimir Putin and Emmanuel Macron.",
    "",
    "More than 100,000 Russian soldiers are near the border with Ukraine, accord-",
    "ing to Western officials.");

try (PDDocument doc = new PDDocument()) {
    page(doc, article);
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle("Putin says NATO ignored Russia's main concerns");
    info.setAuthor("Jane Doe");
    Calendar created = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    created.clear();
    created.set(2022, Calendar.JANUARY, 28, 12, 0, 0);
    info.setCreationDate(created);
    doc.save("article.pdf");
}
try (PDDocument doc = new PDDocument()) {
    doc.addPage(new PDPage());
    doc.save("scanned-no-text.pdf");
}
try (PDDocument doc = new PDDocument()) {
    page(doc, article);
    StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
    policy.setEncryptionKeyLength(128);
    doc.protect(policy);
    doc.save("password-protected.pdf");
}
/exit
