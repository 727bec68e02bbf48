package be.actraject.web.support;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The message bundles as the application reads them: the basenames of {@code spring.messages.basename} in
 * {@code application.yml} (one per feature, {@code i18n/<feature>}), each a Dutch file ({@code .properties}) and an
 * English one ({@code _en.properties}). For tests that check the bundles' keys without starting Spring.
 */
public final class MessageBundles {

    /** The file suffix of the default language, Dutch. */
    public static final String DUTCH = "";
    /** The file suffix of English. */
    public static final String ENGLISH = "_en";
    /** The file suffix of French, which only the customer's documents and mails have (i18n/document). */
    public static final String FRENCH = "_fr";

    private MessageBundles() {
    }

    /** The basenames in the order the application looks keys up, e.g. {@code i18n/common}. */
    public static List<String> basenames() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        String list = yaml.getObject().getProperty("spring.messages.basename");
        return Arrays.stream(list.split(",")).map(String::strip).toList();
    }

    /** The basenames of the Dutch bundle files on the classpath under {@code i18n/}, sorted. */
    public static TreeSet<String> filesOnClasspath() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            TreeSet<String> names = new TreeSet<>();
            for (Resource r : found) {
                String name = r.getFilename();
                if (name != null && !name.matches(".*_[a-z]{2}(_[A-Z]{2})?\\.properties")) {
                    names.add("i18n/" + name.substring(0, name.length() - ".properties".length()));
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each bundle file of one language, by basename, in the application's order. */
    public static Map<String, Properties> perFile(String suffix) {
        Map<String, Properties> files = new LinkedHashMap<>();
        for (String basename : basenames()) {
            files.put(basename, load(basename + suffix + ".properties"));
        }
        return files;
    }

    /** All keys of one language, as the application's message source sees them. */
    public static Properties all(String suffix) {
        Properties all = new Properties();
        perFile(suffix).values().forEach(p -> p.forEach(all::putIfAbsent));
        return all;
    }

    /** Keys that more than one file of a language defines (the later file's text would never be shown). */
    public static List<String> keysInTwoFiles(String suffix) {
        Map<String, String> first = new LinkedHashMap<>();
        return perFile(suffix).entrySet().stream()
                .flatMap(file -> file.getValue().stringPropertyNames().stream()
                        .filter(key -> first.putIfAbsent(key, file.getKey()) != null)
                        .map(key -> key + " in " + first.get(key) + " and " + file.getKey()))
                .sorted().toList();
    }

    /** One file of a bundle in one language, e.g. {@code load("i18n/document", FRENCH)}. */
    public static Properties file(String basename, String suffix) {
        return load(basename + suffix + ".properties");
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No message bundle file " + name + " on the classpath");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
