package be.actraject.web.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a PDF prints, read back with PDFBox as a reader's tools would: its text, the lines of text on its pages, and
 * its fonts with whether each is embedded.
 */
public final class PdfText {

    private final String text;
    private final List<PrintedLine> lines;
    private final Map<String, Boolean> fontsEmbedded;
    private final float pageWidth;

    private PdfText(String text, List<PrintedLine> lines, Map<String, Boolean> fontsEmbedded, float pageWidth) {
        this.text = text;
        this.lines = lines;
        this.fontsEmbedded = fontsEmbedded;
        this.pageWidth = pageWidth;
    }

    public static PdfText of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            LineCollector collector = new LineCollector();
            String text = collector.getText(document);
            Map<String, Boolean> fonts = new LinkedHashMap<>();
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts, 0);
            }
            return new PdfText(text, collector.lines, fonts, document.getPage(0).getMediaBox().getWidth());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collectFonts(PDResources resources, Map<String, Boolean> fonts, int depth)
            throws IOException {
        if (resources == null || depth > 8) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.merge(font.getName(), font.isEmbedded(), Boolean::logicalAnd);
        }
        // The SVG images (the spider chart) are drawn in form XObjects with resources of their own.
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts, depth + 1);
            }
        }
    }

    /** All the text, in reading order. */
    public String text() {
        return text;
    }

    /** Every font the pages use, by name, and whether the PDF embeds it. */
    public Map<String, Boolean> fontsEmbedded() {
        return fontsEmbedded;
    }

    /** The printed lines, each with where its last glyph ends. */
    public List<PrintedLine> lines() {
        return lines;
    }

    /** The width of the first page, in points. */
    public float pageWidth() {
        return pageWidth;
    }

    /** The first printed line that contains all these strings, or null. */
    public PrintedLine lineWith(String... parts) {
        for (PrintedLine line : lines) {
            if (List.of(parts).stream().allMatch(line.text()::contains)) {
                return line;
            }
        }
        return null;
    }

    /**
     * What is printed between two distances from the page's left edge, line by line, without the spaces: one column
     * of a table, read down.
     */
    public String between(float left, float right) {
        StringBuilder column = new StringBuilder();
        for (PrintedLine line : lines) {
            for (int i = 0; i < line.text().length(); i++) {
                float x = line.starts()[i];
                if (x >= left && x < right && !Character.isWhitespace(line.text().charAt(i))) {
                    column.append(line.text().charAt(i));
                }
            }
        }
        return column.toString();
    }

    /**
     * One line of text as PDFBox reads it (a table row's cells side by side), with where each character starts and
     * where the last one ends, in points from the page's left edge.
     */
    public record PrintedLine(String text, float[] starts, float rightEdge) {

        /** Where a part of this line starts on the page; it must be in the line. */
        public float leftOf(String part) {
            int at = text.indexOf(part);
            if (at < 0) {
                throw new IllegalArgumentException(part + " is not in " + text);
            }
            return starts[at];
        }

        @Override
        public String toString() {
            return text + " (to " + rightEdge + ")";
        }
    }

    private static final class LineCollector extends PDFTextStripper {

        private final List<PrintedLine> lines = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private final List<Float> starts = new ArrayList<>();
        private float right;

        LineCollector() {
            // A table row's cells are drawn one after another; sorted, they come back as the row a reader sees.
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) throws IOException {
            for (TextPosition p : positions) {
                String glyph = readable(p.getUnicode());
                for (int i = 0; i < glyph.length(); i++) {
                    line.append(glyph.charAt(i));
                    starts.add(p.getXDirAdj());
                }
                right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
            }
            super.writeString(string, positions);
        }

        /**
         * The renderer draws ff, fi and fl as one ligature glyph, which reads as U+FB00–FB06; text extraction (and a
         * reader's search) takes them as the letters, as PDFTextStripper does for the whole text.
         */
        private static String readable(String glyph) {
            return glyph.length() == 1 && glyph.charAt(0) >= '\uFB00' && glyph.charAt(0) <= '\uFB06'
                    ? Normalizer.normalize(glyph, Normalizer.Form.NFKC) : glyph;
        }

        @Override
        protected void writeWordSeparator() throws IOException {
            line.append(' ');
            starts.add(right);
            super.writeWordSeparator();
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            endLine();
            super.writeLineSeparator();
        }

        @Override
        protected void writePageEnd() throws IOException {
            endLine();
            super.writePageEnd();
        }

        private void endLine() {
            if (!line.isEmpty()) {
                float[] at = new float[starts.size()];
                for (int i = 0; i < at.length; i++) {
                    at[i] = starts.get(i);
                }
                lines.add(new PrintedLine(line.toString(), at, right));
            }
            line.setLength(0);
            starts.clear();
            right = 0;
        }
    }
}
