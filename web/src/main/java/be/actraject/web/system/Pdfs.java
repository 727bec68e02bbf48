package be.actraject.web.system;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders a Thymeleaf template to PDF with openhtmltopdf, in the reader's language. The templates are written as
 * XHTML (every element closed), which the renderer's XML parser needs; inline SVG is drawn by Batik.
 */
@Component
public class Pdfs {

    private final ITemplateEngine templates;

    Pdfs(ITemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(String template, Map<String, Object> model) {
        Context context = new Context(LocaleContextHolder.getLocale(), model);
        String xhtml = templates.process(template, context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new PdfRendererBuilder()
                    .useFastMode()
                    .useSVGDrawer(new BatikSVGDrawer())
                    .withHtmlContent(xhtml, null)
                    .toStream(out)
                    .run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + template, e);
        }
    }
}
