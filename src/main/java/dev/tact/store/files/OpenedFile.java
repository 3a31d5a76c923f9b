package dev.tact.store.files;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * An import file opened and recognised by its first bytes rather than its name: people rename
 * workbooks to .csv and save CSV with any extension. A ZIP package is read as an Excel workbook;
 * an OLE2 container (Excel 97–2003, or a password-protected workbook) is refused with the fix.
 */
public final class OpenedFile implements Closeable {
    private static final int BUFFER_BYTES = 64 * 1024;
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
        0x1A, (byte) 0xE1};

    private final ImportSource source;
    private final InputStream stream;
    private final boolean workbook;

    private OpenedFile(ImportSource source, InputStream stream, boolean workbook) {
        this.source = source;
        this.stream = stream;
        this.workbook = workbook;
    }

    /**
     * @throws UnreadableFileException for a legacy or protected Excel file
     * @throws IOException             when the file cannot be opened or read
     */
    public static OpenedFile open(ImportSource source) throws IOException {
        BufferedInputStream in = new BufferedInputStream(source.opener().open(), BUFFER_BYTES);
        byte[] head;
        try {
            in.mark(OLE2.length);
            head = in.readNBytes(OLE2.length);
            in.reset();
        } catch (IOException e) {
            in.close();
            throw e;
        }
        if (startsWith(head, OLE2)) {
            in.close();
            throw new UnreadableFileException("this is an Excel 97-2003 workbook (.xls) or a password-protected"
                + " workbook, which Tact does not open: save it from Excel unprotected as .xlsx, or as CSV UTF-8");
        }
        return new OpenedFile(source, in, startsWith(head, ZIP));
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    /** Whether the file is a ZIP package, read as an .xlsx workbook whatever its name. */
    public boolean isWorkbook() {
        return workbook;
    }

    /** The file as a table: a workbook's sheet, or CSV/TSV text in the source's encoding. */
    public TableInput table(ImportProblems problems, Predicate<String> knownColumn) throws IOException {
        return workbook ? new WorkbookInput(source.name(), stream, problems, knownColumn)
            : new CsvInput(text(source.encoding()), problems, knownColumn);
    }

    /** The file as text, strictly decoded. */
    public DecodedInput text(Charset encoding) {
        return new DecodedInput(stream, encoding);
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
