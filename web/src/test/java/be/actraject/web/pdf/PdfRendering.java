package be.actraject.web.pdf;

import be.actraject.domain.cooperative.Cooperative;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The PDF renderer with what it reads — templates, messages, the cooperative, its logo and the font — and nothing
 * else of the application: for tests that render documents. The cooperative's settings come from the test.
 */
@Configuration(proxyBeanMethods = false)
@Import({Pdfs.class, PdfFonts.class, CooperativeLogo.class, Cooperative.class})
@ImportAutoConfiguration({ThymeleafAutoConfiguration.class, MessageSourceAutoConfiguration.class,
        ConfigurationPropertiesAutoConfiguration.class})
public class PdfRendering {
}
