package be.actraject.web.browser;

import be.actraject.web.fullstack.FullStackTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's charts on a laptop (1280 px) and a phone (390 px): the SVGs scale to their column (viewBox, width
 * 100%) so the page never scrolls sideways and each chart is drawn at a readable width; screenshots of both under
 * target/screenshots.
 */
@FullStackTest
class ReportsBrowserTest extends BrowserTestSupport {

    /** The page's width and each chart's drawn width and height. */
    private static final String MEASURE = """
            () => ({page: document.documentElement.scrollWidth,
                    charts: [...document.querySelectorAll('figure[data-chart] svg')].map(s => {
                      const r = s.getBoundingClientRect();
                      return {width: Math.round(r.width), height: Math.round(r.height)};
                    })})""";

    @Test
    void theChartsFitALaptopAndAPhone() {
        signIn("coordinator");
        for (int width : new int[]{1280, 390}) {
            page.setViewportSize(width, 900);
            page.navigate(url("/reports"));
            @SuppressWarnings("unchecked")
            Map<String, Object> measured = (Map<String, Object>) page.evaluate(MEASURE);
            shoot("reports-" + width);
            for (String chart : List.of("flow", "exits", "durations")) {
                page.locator("figure[data-chart=" + chart + "]").screenshot(new com.microsoft.playwright.Locator
                        .ScreenshotOptions().setPath(SHOTS.resolve("reports-" + width + "-" + chart + ".png")));
            }

            assertThat(((Number) measured.get("page")).intValue()).as("page width at " + width).isLessThanOrEqualTo(width);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> charts = (List<Map<String, Object>>) measured.get("charts");
            assertThat(charts).hasSize(3);
            for (Map<String, Object> chart : charts) {
                int drawn = ((Number) chart.get("width")).intValue();
                assertThat(drawn).as("chart width at " + width).isBetween(300, width);
                assertThat(((Number) chart.get("height")).intValue()).as("chart height at " + width).isPositive();
            }
        }
    }
}
