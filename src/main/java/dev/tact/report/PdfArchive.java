package dev.tact.report;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * What makes a report PDF/A-3b, and the file it carries: XMP metadata that matches the document
 * information, an sRGB output intent, and associated files (/AF) as e-invoices embed their XML.
 */
final class PdfArchive {
    private static final String SRGB = "sRGB IEC61966-2.1";
    private static final String PRODUCER = "Tact with Apache PDFBox";

    /** The document's title, author and the time it was made, said once for both the info and the XMP. */
    record Facts(String title, String author, ZonedDateTime created) {
    }

    private PdfArchive() {
    }

    static void declare(PDDocument document, Facts facts) throws IOException {
        Calendar created = GregorianCalendar.from(facts.created().withZoneSameInstant(ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.SECONDS));
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(facts.title());
        info.setAuthor(facts.author());
        info.setCreator("Tact");
        info.setProducer(PRODUCER);
        info.setCreationDate(created);
        info.setModificationDate(created);
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(facts).getBytes(StandardCharsets.UTF_8));
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setMetadata(metadata);
        PDOutputIntent intent = new PDOutputIntent(document,
            new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    /** Embeds {@code data} as an associated file with AFRelationship /Data. */
    static void attach(PDDocument document, String name, String mimeType, String description, byte[] data,
                       ZonedDateTime modified) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(data), COSName.FLATE_DECODE);
        file.setSubtype(mimeType);
        file.setSize(data.length);
        file.setModDate(GregorianCalendar.from(modified));
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(name);
        spec.setFileUnicode(name);
        spec.setFileDescription(description);
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.getCOSObject().setItem(COSName.getPDFName("AFRelationship"), COSName.getPDFName("Data"));
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(name, spec));
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        COSArray associated = new COSArray();
        associated.add(spec);
        catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
    }

    /** The bytes of the embedded file of this name, if the document has one. */
    static Optional<byte[]> extract(PDDocument document, String name) throws IOException {
        Optional<PDComplexFileSpecification> spec = fileSpec(document, name);
        if (spec.isEmpty()) {
            return Optional.empty();
        }
        PDEmbeddedFile file = Optional.ofNullable(spec.get().getEmbeddedFileUnicode())
            .orElse(spec.get().getEmbeddedFile());
        return file == null ? Optional.empty() : Optional.of(file.toByteArray());
    }

    static Optional<PDComplexFileSpecification> fileSpec(PDDocument document, String name) throws IOException {
        PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
        if (names == null || names.getEmbeddedFiles() == null) {
            return Optional.empty();
        }
        Map<String, PDComplexFileSpecification> files = names.getEmbeddedFiles().getNames();
        return files == null ? Optional.empty() : Optional.ofNullable(files.get(name));
    }

    private static String xmp(Facts facts) {
        String when = facts.created().withZoneSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return String.join("\n", List.of(
            "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>",
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">",
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">",
            "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
                + " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">",
            "<pdfaid:part>3</pdfaid:part>",
            "<pdfaid:conformance>B</pdfaid:conformance>",
            "<dc:format>application/pdf</dc:format>",
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escaped(facts.title())
                + "</rdf:li></rdf:Alt></dc:title>",
            "<dc:creator><rdf:Seq><rdf:li>" + escaped(facts.author()) + "</rdf:li></rdf:Seq></dc:creator>",
            "<xmp:CreatorTool>Tact</xmp:CreatorTool>",
            "<xmp:CreateDate>" + when + "</xmp:CreateDate>",
            "<xmp:ModifyDate>" + when + "</xmp:ModifyDate>",
            "<pdf:Producer>" + PRODUCER + "</pdf:Producer>",
            "</rdf:Description>",
            "</rdf:RDF>",
            "</x:xmpmeta>",
            "<?xpacket end=\"w\"?>"));
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
