package be.actraject.web.support;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import java.io.IOException;

/**
 * Leaves the test classes out of the component scan of an application a test starts by itself (with {@code
 * SpringApplication}, not {@code @SpringBootTest}, whose own filter does this): the application scans from the root
 * package, where the test classes of every module lie too — the domain's and bpmn's test applications among them,
 * which would register the repositories a second time.
 */
public final class ProductionClassesOnly extends TypeExcludeFilter {

    /** Registers the filter before the context scans. */
    public static ApplicationContextInitializer<ConfigurableApplicationContext> initializer() {
        return context -> context.getBeanFactory().registerSingleton(ProductionClassesOnly.class.getName(),
                new ProductionClassesOnly());
    }

    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
        String location = reader.getResource().getURL().toString();
        return location.contains("/test-classes/") || location.contains("-tests.jar!");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProductionClassesOnly;
    }

    @Override
    public int hashCode() {
        return ProductionClassesOnly.class.hashCode();
    }
}
