package be.actraject.web.fullstack;

import be.actraject.web.support.DemoAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.ClassUtils;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The Dutch screens say everything in Dutch (issue 16: "system" and "Face to face" stayed English, enum names showed):
 * the main pages, every task screen, dossier and group page of the demo data, as each role with Accept-Language
 * nl-BE, hold in their visible text no enum constant of the project, no English word of a list of UI words, no
 * amount in English notation, no key the bundles lack (Thymeleaf's {@code ??key??}), and no demo user id where a
 * person's name belongs.
 */
@FullStackTest
class DutchScreensTest {

    private static final Pattern TASK_LINK = Pattern.compile("href=\"(/tasks/[^\"/?]+)\"");
    private static final Pattern DETAIL_LINK = Pattern.compile("href=\"(/(?:candidates|groups|sector-groups|experts|outbox)/\\d+)\"");
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|\\b[A-Z]{4,}\\b");
    /** Whole-element texts that are English UI words, and phrases that are English wherever they stand. */
    private static final Set<String> ENGLISH_LABELS = Set.of("Open", "Save", "Cancel", "Submit", "Delete", "Edit",
            "Back", "Search", "Next", "Previous", "None", "Yes", "No", "Close", "Unknown", "Print", "Send", "Task",
            "Tasks", "Invoice", "Candidate", "Candidates", "Logout", "Sign out", "Login", "Actions");
    private static final List<String> ENGLISH_PHRASES = List.of(" system ", "Face to face", "In person", "Due ",
            " by ", " and ", " of the ", "Click", " the ");
    /** An amount in English notation (456.92) or with the currency's code after it (456,92 EUR). */
    private static final Pattern ENGLISH_AMOUNT = Pattern.compile("\\b\\d+\\.\\d{2}\\b(?![.,]\\d)|\\d EUR\\b");
    /** The demo's user ids: where a person is meant, the page names them (issue 16: "in behandeling bij coach2"). */
    private static final List<String> USER_IDS = List.of("coach", "coach2", "coordinator", "office", "admin");
    /** A user id as a word of its own; "coach" only after a word that puts a person there, as it is Dutch too. */
    private static final Pattern USER_ID = Pattern.compile(
            "(?<![\\p{L}\\p{N}_-])(?:coach2|coordinator|office|admin)(?![\\p{L}\\p{N}_-])"
                    + "|(?i:\\b(?:bij|door|door:|voor|aan|van|wie:))\\s+coach(?![\\p{L}\\p{N}_-])");
    /** The one page whose business is the user ids themselves. */
    private static final Set<String> PAGES_WITH_USER_IDS = Set.of("/admin/accounts");
    /** Abbreviations that Dutch screens use as such (and that are also constants). */
    private static final Set<String> ABBREVIATIONS = Set.of("VDAB", "IBAN", "PEPPOL", "BTW", "UBL", "BPMN", "DMN");

    @Autowired
    MockMvc mvc;

    @Test
    void noDutchScreenShowsAnEnumConstantAnEnglishWordOrAMissingKey() throws Exception {
        Set<String> constants = enumConstants();
        List<String> found = new ArrayList<>();
        for (String user : List.of("coach", "coach2", "coordinator", "office", "admin")) {
            MockHttpSession session = signIn(user);
            Set<String> pages = new LinkedHashSet<>(List.of("/tasks", "/tasks?scope=CLAIMABLE", "/tasks?scope=ALL",
                    "/candidates", "/groups", "/admin/audit", "/admin/accounts", "/admin/stuck",
                    "/settings/parameters", "/settings/reference-profile", "/models", "/customers", "/agenda",
                    "/agenda?view=month", "/agenda/feed", "/training/modules", "/training/providers",
                    "/sector-groups", "/experts", "/experts/new", "/reports", "/reports/survival", "/bank-statements",
                    "/bank-statements/review", "/outbox", "/account/notifications"));
            for (String page : List.copyOf(pages)) {
                String html = body(session, page);
                collect(TASK_LINK, html, pages);
                collect(DETAIL_LINK, html, pages);
            }
            for (String page : pages) {
                String html = body(session, page);
                if (html != null) {
                    Document document = Jsoup.parse(html);
                    found.addAll(problems(user + " " + page, document, constants));
                    if (!PAGES_WITH_USER_IDS.contains(page)) {
                        found.addAll(userIds(user + " " + page, document));
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static List<String> problems(String where, Document page, Set<String> constants) {
        page.select("script, style, head, textarea, input, option[value], code, pre, .font-monospace").remove();
        List<String> found = new ArrayList<>();
        String text = " " + page.body().text() + " ";
        Matcher word = CONSTANT.matcher(text);
        while (word.find()) {
            if (constants.contains(word.group()) && !ABBREVIATIONS.contains(word.group())) {
                found.add(where + ": enum " + word.group());
            }
        }
        Matcher amount = ENGLISH_AMOUNT.matcher(text);
        while (amount.find()) {
            found.add(where + ": amount " + text.substring(Math.max(0, amount.start() - 30), amount.end()));
        }
        if (text.contains("??")) {
            found.add(where + ": missing key near " + text.substring(text.indexOf("??"),
                    Math.min(text.length(), text.indexOf("??") + 60)));
        }
        ENGLISH_PHRASES.stream().filter(text::contains).forEach(p -> found.add(where + ": English \"" + p + "\""));
        for (Element element : page.body().select("*")) {
            if (ENGLISH_LABELS.contains(element.ownText().strip())) {
                found.add(where + ": English label " + element.ownText().strip());
            }
        }
        return found;
    }

    /** A demo user id shown as text where the person's name belongs: a cell or line of its own, or after "bij". */
    private static List<String> userIds(String where, Document page) {
        List<String> found = new ArrayList<>();
        Matcher id = USER_ID.matcher(" " + page.body().text() + " ");
        while (id.find()) {
            found.add(where + ": user id \"" + id.group() + "\"");
        }
        for (Element element : page.body().select("*")) {
            if (USER_IDS.contains(element.ownText().strip())) {
                found.add(where + ": user id " + element.ownText().strip());
            }
        }
        return found;
    }

    private static void collect(Pattern link, String html, Set<String> into) {
        if (html == null) {
            return;
        }
        Matcher m = link.matcher(html);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    /** Every constant of every enum of the project's own packages. */
    private static Set<String> enumConstants() throws Exception {
        Set<String> names = new TreeSet<>();
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:be/actraject/**/*.class")) {
            String path = resource.getURL().toString();
            String name = path.substring(path.indexOf("be/actraject/"), path.length() - ".class".length())
                    .replace('/', '.');
            if (name.endsWith("package-info") || name.endsWith("module-info")) {
                continue;
            }
            Class<?> type;
            try {
                type = ClassUtils.forName(name, DutchScreensTest.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    names.add(((Enum<?>) constant).name());
                }
            }
        }
        return names;
    }

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD))
                .andReturn().getRequest().getSession(false);
    }

    /** The page's HTML when the user may see it; null for a page not theirs (403, 404) or a redirect. */
    private String body(MockHttpSession session, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).session(session).header("Accept-Language", "nl-BE")).andReturn();
        if (result.getResponse().getForwardedUrl() != null) {
            result = mvc.perform(get(result.getResponse().getForwardedUrl()).session(session)
                    .header("Accept-Language", "nl-BE")).andReturn();
        }
        return result.getResponse().getStatus() == 200 ? result.getResponse().getContentAsString() : null;
    }
}
