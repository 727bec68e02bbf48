package be.actraject.web.browser;

import be.actraject.web.fullstack.FullStackTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No page scrolls sideways: on a laptop (1280 px) every main page of each role, every dossier, every learning group
 * and every task screen in the user's worklist fits the window; on a phone (390 px) the worklist and the dossiers do.
 * On a laptop no table may need to scroll inside its {@code .table-responsive} box either (that is how the
 * worklist's "Openen" buttons once hid at the right); on a phone a data table in a dossier may, the worklist may not
 * (it turns into a stack of cards). The measure is the document's {@code scrollWidth} against the window's inner
 * width; a failure names the page, the element that sticks out furthest and the boxes that scroll, so the fix can
 * start there.
 */
@FullStackTest
class PageWidthBrowserTest extends BrowserTestSupport {

    /** The widest element whose right edge passes the window, outside any box that scrolls by itself. */
    private static final String WIDEST = """
            onlyWorklist => {
              const w = window.innerWidth;
              let worst = null;
              for (const el of document.querySelectorAll('body *')) {
                if (el.closest('.table-responsive, .overflow-auto, svg')) continue;
                const r = el.getBoundingClientRect();
                if (r.right > w + 1 && (!worst || r.right > worst.right)) {
                  worst = {right: Math.round(r.right), tag: el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : ''),
                           text: (el.innerText || '').trim().slice(0, 40)};
                }
              }
              const boxes = [...document.querySelectorAll(onlyWorklist ? '[data-testid=worklist]' : '.table-responsive, .overflow-auto')]
                  .map(b => b.closest('.table-responsive') || b)
                  .filter(b => b.scrollWidth > b.clientWidth + 1)
                  .map(b => (b.id || b.className) + ' ' + b.scrollWidth + '>' + b.clientWidth);
              return {scroll: document.documentElement.scrollWidth, worst: worst ? JSON.stringify(worst) : '',
                      boxes: boxes.join('; ')};
            }""";

    private static final Pattern LINK = Pattern.compile("href=\"(/(?:candidates|groups|tasks)/[0-9a-f-]+)\"");

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"coach, 1280, true", "coach2, 1280, true", "coordinator, 1280, true", "office, 1280, true",
            "admin, 1280, true", "coordinator, 1366, true", "coach, 390, false", "coordinator, 390, false"})
    void noPageScrollsSideways(String user, int width, boolean everyPage) {
        signIn(user);
        page.setViewportSize(width, 900);
        Set<String> pages = new LinkedHashSet<>(List.of("/tasks", "/tasks?scope=CLAIMABLE", "/candidates"));
        if (everyPage) {
            page.locator("nav.navbar a.nav-link").all().forEach(link -> pages.add(link.getAttribute("href")));
            pages.add("/groups");
        }
        Set<String> linked = new LinkedHashSet<>();
        for (String start : List.of("/tasks", "/candidates", "/groups")) {
            page.navigate(url(start));
            Matcher link = LINK.matcher(page.content());
            while (link.find()) {
                String href = link.group(1);
                if (everyPage || href.startsWith("/candidates/")) {
                    linked.add(href);
                }
            }
        }
        pages.addAll(linked);

        List<String> tooWide = new ArrayList<>();
        for (String path : pages) {
            page.navigate(url(path));
            @SuppressWarnings("unchecked")
            var measured = (java.util.Map<String, Object>) page.evaluate(WIDEST, !everyPage);
            int scroll = ((Number) measured.get("scroll")).intValue();
            if (path.equals("/tasks")) {
                shoot("worklist-" + user + "-" + width);
            }
            String boxes = (String) measured.get("boxes");
            if (scroll > width || !boxes.isEmpty()) {
                tooWide.add(path + " is " + scroll + " px wide; furthest out: " + measured.get("worst")
                        + "; scrolls inside: " + boxes);
                shoot("too-wide-" + user + "-" + width + path.replaceAll("[^a-z0-9]+", "-"));
            }
        }
        assertThat(pages).as("pages measured").hasSizeGreaterThan(3);
        assertThat(tooWide).as(user + " at " + width + " px").isEmpty();
    }
}
