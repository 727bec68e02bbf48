package be.actraject.web.pdf;

import be.actraject.domain.cooperative.Cooperative;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a Thymeleaf template to an A4 PDF with openhtmltopdf, in the reader's language, with the font of
 * {@link PdfFonts} embedded. Every template is laid out by {@code pdf/layout.html} (the cooperative's letterhead,
 * footer, typography and columns), which reads {@code cooperative} and {@code logo} from the model this class adds;
 * the template's numbers go through {@code figures} ({@link DocumentFigures}). The templates are written as XHTML
 * (every element closed), which the renderer's XML parser needs; inline SVG is drawn by Batik.
 */
@Component
public class Pdfs {

    private final ITemplateEngine templates;
    private final PdfFonts fonts;
    private final Cooperative cooperative;
    private final CooperativeLogo logo;

    Pdfs(ITemplateEngine templates, PdfFonts fonts, Cooperative cooperative, CooperativeLogo logo) {
        this.templates = templates;
        this.fonts = fonts;
        this.cooperative = cooperative;
        this.logo = logo;
    }

    /**
     * @param template a template under {@code templates/}, without {@code .html}
     * @param model    the template's own variables; {@code logo}, {@code figures} and, unless given,
     *                 {@code cooperative} (the letterhead: anything with {@link Cooperative}'s getters) are added
     * @return the PDF's bytes
     * @throws UncheckedIOException when the renderer cannot write the PDF (a template that does not render throws
     *                              Thymeleaf's {@code TemplateProcessingException} before)
     */
    public byte[] render(String template, Map<String, Object> model) {
        return render(template, model, LocaleContextHolder.getLocale());
    }

    /**
     * As {@link #render(String, Map)}, in a language of its own rather than the reader's: a customer's document is
     * written in the customer's language whoever downloads it.
     */
    public byte[] render(String template, Map<String, Object> model, Locale locale) {
        Map<String, Object> variables = new HashMap<>(model);
        // An issued invoice brings the cooperative as it was at issue; everything else prints it as configured.
        variables.putIfAbsent("cooperative", cooperative);
        variables.put("figures", new DocumentFigures(locale));
        if (logo.dataUri() != null) {
            variables.put("logo", logo.dataUri());
        }
        String xhtml = templates.process(template, new Context(locale, variables));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .useSVGDrawer(new BatikSVGDrawer())
                    .withHtmlContent(xhtml, null)
                    .toStream(out);
            fonts.registerOn(builder);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + template, e);
        }
    }
}
