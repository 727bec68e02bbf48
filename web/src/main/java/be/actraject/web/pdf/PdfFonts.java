package be.actraject.web.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;

/**
 * The one font every PDF embeds: DejaVu Sans (regular, bold, oblique, bold oblique), version 2.37, from the npm
 * package {@code dejavu-fonts-ttf}, which the build copies onto the class path under {@code pdf-fonts/} (see
 * {@code web/pom.xml}). Without an embedded font the renderer falls back to the PDF base fonts, which have no glyph for
 * ğ, ı, ł, ș, Greek or Cyrillic and print {@code #} instead (issue 13). DejaVu Sans covers Latin Extended, Turkish,
 * Polish, Czech, Romanian, Greek and Cyrillic (its {@code langcover.txt}: 100 % for each) and ships as TrueType, which
 * openhtmltopdf embeds; licence: Bitstream Vera with DejaVu's changes in the public domain ({@code pdf-fonts/LICENSE}).
 * <p>
 * The faces are read once, at start-up: a build that lost them stops the application rather than print {@code #}.
 * Each PDF embeds only the glyphs it uses (a subset).
 */
@Component
class PdfFonts {

    /** The family name the templates' CSS asks for; the SVG text of the spider chart names it too. */
    static final String FAMILY = "DejaVu Sans";

    private static final String FOLDER = "pdf-fonts/";

    private final List<Face> faces;

    PdfFonts() {
        this.faces = List.of(
                Face.read("DejaVuSans.ttf", 400, FontStyle.NORMAL),
                Face.read("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
                Face.read("DejaVuSans-Oblique.ttf", 400, FontStyle.OBLIQUE),
                Face.read("DejaVuSans-BoldOblique.ttf", 700, FontStyle.OBLIQUE));
    }

    /** Registers the faces on a renderer, for the document's text and for the text of its SVG images. */
    void registerOn(PdfRendererBuilder builder) {
        for (Face face : faces) {
            builder.useFont(face::open, FAMILY, face.weight(), face.style(), true,
                    EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG));
        }
    }

    private record Face(String file, byte[] bytes, int weight, FontStyle style) {

        static Face read(String file, int weight, FontStyle style) {
            ClassPathResource resource = new ClassPathResource(FOLDER + file);
            try (InputStream in = resource.getInputStream()) {
                return new Face(file, in.readAllBytes(), weight, style);
            } catch (IOException e) {
                throw new IllegalStateException("The PDF font " + FOLDER + file + " is not on the class path: the "
                        + "build copies it from the npm package dejavu-fonts-ttf (web/pom.xml, execution pdf-fonts)", e);
            }
        }

        InputStream open() {
            return new ByteArrayInputStream(bytes);
        }
    }
}
