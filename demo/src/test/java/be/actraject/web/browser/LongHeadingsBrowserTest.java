package be.actraject.web.browser;

import be.actraject.domain.access.Actor;
import be.actraject.domain.training.ModuleDraft;
import be.actraject.domain.training.Payer;
import be.actraject.domain.training.ProviderDraft;
import be.actraject.domain.training.TrainingModules;
import be.actraject.domain.training.TrainingProviders;
import be.actraject.testsupport.TestEnterpriseNumbers;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 75-letter Dutch compound as a provider's name and a module's title, on a phone (390 px): the training pages'
 * headings and card headers break it inside the window (hyphenated where the browser can, in Dutch), and the page
 * does not scroll sideways.
 */
@FullStackTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser-long-headings;DB_CLOSE_DELAY=-1")
class LongHeadingsBrowserTest extends BrowserTestSupport {

    private static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);
    private static final String LONG = "Arbeidsongeschiktheidsverzekeringsmaatschappijgebouwonderhoudswerkzaamheden";
    private static final int PHONE = 390;

    /**
     * The words of the headings and card headers short enough to fit on a phone's line (25 letters) that the browser
     * split over two lines anyway: "Opleidingsmodule / s" beside a button, which a heading row should wrap instead.
     */
    private static final String SPLIT_WORDS = """
            () => {
              const split = [];
              document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6, main .card-header')
                .forEach(h => {
                  const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
                  let node;
                  while ((node = walker.nextNode())) {
                    for (const m of node.data.matchAll(/\\S+/g)) {
                      if (m[0].length > 25) continue;
                      const range = document.createRange();
                      range.setStart(node, m.index);
                      range.setEnd(node, m.index + m[0].length);
                      const lines = new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top)));
                      if (lines.size > 1) split.push(m[0]);
                    }
                  }
                });
              return split;
            }
            """;

    @Autowired
    TrainingProviders providers;
    @Autowired
    TrainingModules modules;

    @Test
    void longDutchWordsInHeadingsBreakInsideAPhonesWidth() {
        assertThat(LONG).hasSize(75);
        long provider = providers.create(new ProviderDraft(LONG, null, null, null, TestEnterpriseNumbers.fresh()),
                COORDINATOR).getId();
        long module = modules.create(new ModuleDraft(LONG, provider, Set.of(), true, null, true, BigDecimal.ZERO,
                Payer.COOPERATIVE, null), COORDINATOR).getId();
        signIn("coordinator");
        page.setViewportSize(PHONE, 900);

        List<String> faults = new ArrayList<>();
        for (String path : List.of("/training/modules", "/training/providers", "/training/modules/" + module + "/edit",
                "/training/providers/" + provider + "/edit")) {
            page.navigate(url(path));
            shoot("long-headings" + path.replace('/', '-'));
            Number pageWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
            if (pageWidth.intValue() > PHONE) {
                faults.add(path + " is " + pageWidth + " px wide");
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> headings = (List<Map<String, Object>>) page.evaluate("() => Array.from("
                    + "document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6, main .card-header'))"
                    + ".map(h => ({text: h.textContent.trim().slice(0, 30), right: h.getBoundingClientRect().right,"
                    + " scroll: h.scrollWidth, client: h.clientWidth, hyphens: getComputedStyle(h).hyphens,"
                    + " lang: h.closest('[lang]') && h.closest('[lang]').getAttribute('lang')}))");
            assertThat(headings).as("headings on " + path).isNotEmpty();
            @SuppressWarnings("unchecked")
            List<String> split = (List<String>) page.evaluate(SPLIT_WORDS);
            split.forEach(word -> faults.add(path + ": the word " + word + " is split though it fits on a line"));
            for (Map<String, Object> h : headings) {
                if (((Number) h.get("right")).doubleValue() > PHONE
                        || ((Number) h.get("scroll")).intValue() > ((Number) h.get("client")).intValue()) {
                    faults.add(path + ": " + h + " overflows");
                }
                if (!"auto".equals(h.get("hyphens")) || !String.valueOf(h.get("lang")).startsWith("nl")) {
                    faults.add(path + ": " + h + " is not hyphenated in Dutch");
                }
            }
        }
        assertThat(faults).isEmpty();
    }

    /**
     * The lists of providers and experts are cards on a phone, each field labelled on its own line, not a table of
     * six columns squeezed to a letter or two a line (a tester's "Naa m").
     */
    @Test
    void theProvidersAndExpertsListsAreCardsOnAPhone() {
        providers.create(new ProviderDraft(LONG, "Çağrı Yılmaz", "opleidingen@voorbeeld.be", "+32 9 123 45 67",
                TestEnterpriseNumbers.fresh()), COORDINATOR);
        signIn("coordinator");
        page.setViewportSize(PHONE, 900);
        for (String list : List.of("/training/providers|providers", "/experts|experts")) {
            String[] pathAndId = list.split("\\|");
            page.navigate(url(pathAndId[0]));
            shoot("cards" + pathAndId[0].replace('/', '-'));
            assertThat(page.evaluate("() => getComputedStyle(document.querySelector('[data-testid=" + pathAndId[1]
                    + "] thead')).display")).as(pathAndId[0]).isEqualTo("none");
            assertThat(page.evaluate("() => getComputedStyle(document.querySelector('[data-testid=" + pathAndId[1]
                    + "] td[data-label]'), '::before').content")).as(pathAndId[0] + ": a labelled field")
                    .isNotEqualTo("none");
            assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
                    .as(pathAndId[0] + " width").isLessThanOrEqualTo(PHONE);
        }
    }
}
