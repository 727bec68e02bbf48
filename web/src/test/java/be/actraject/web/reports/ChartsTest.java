package be.actraject.web.reports;

import be.actraject.domain.figures.Period;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The charts are SVG documents an XML parser reads, with their text escaped, sized by viewBox. */
class ChartsTest {

    private static final String NASTY = "Groep <script>alert('x')</script> & \"co\"";

    @Test
    void horizontalBarsParseAndKeepTheirLabelsAsText() throws Exception {
        String svg = Charts.horizontalBars("Titel & " + NASTY, List.of(new Charts.Bar(NASTY, 4),
                new Charts.Bar("Intake", 0)));

        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Titel & " + NASTY);
        assertThat(doc.getElementsByTagName("text").item(0).getTextContent()).isEqualTo(NASTY);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo("100%");
    }

    @Test
    void stackedColumnsHaveASegmentPerNonZeroValueWithItsNumber() throws Exception {
        String svg = Charts.stackedColumns("Uitstroom", List.of("01/25", "02/25"), List.of("Zelfstandige", NASTY),
                new long[][]{{2, 1}, {0, 0}});

        Document doc = parse(svg);
        assertThat(svg).contains("01/25, Zelfstandige: 2");
        // the legend's two squares and the two segments of January; February counts nothing
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(4);
    }

    @Test
    void everyMonthIsLabelledWhenThereIsRoomElseAtLeastTheMonthsWithExitsAndTheLast() throws Exception {
        List<String> year = java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(m -> String.format("%02d/25", m))
                .toList();
        long[][] onlyDecember = new long[12][1];
        onlyDecember[11][0] = 2;
        long[][] onlyMarch = new long[12][1];
        onlyMarch[2][0] = 1;

        Document december = parse(Charts.stackedColumns("Uitstroom", year, List.of("Gestopt"), onlyDecember));
        List<String> labels = texts(december);
        assertThat(labels).contains("12/25").contains("01/25");
        assertThat(texts(parse(Charts.stackedColumns("Uitstroom", year, List.of("Gestopt"), onlyMarch))))
                .as("a month with exits, and the last").contains("03/25", "12/25");
        assertThat(texts(parse(Charts.stackedColumns("Uitstroom", year.subList(0, 6), List.of("Gestopt"),
                new long[6][1])))).as("room for every month").containsAll(year.subList(0, 6));
        boolean[] shown = Charts.labelled(year, 430 / 12.0, onlyDecember);
        for (int b = 1; b < shown.length; b++) {
            assertThat(shown[b] && shown[b - 1]).as("no two neighbours at 12 months: they would overlap").isFalse();
        }
    }

    private static List<String> texts(Document doc) {
        List<String> found = new java.util.ArrayList<>();
        for (int i = 0; i < doc.getElementsByTagName("text").getLength(); i++) {
            found.add(doc.getElementsByTagName("text").item(i).getTextContent());
        }
        return found;
    }

    @Test
    void spreadsDrawMedianAndNinetiethPercentileAndADashWhenNothingCounted() throws Exception {
        List<Charts.Spread> spreads = List.of(new Charts.Spread("Verkenning", 63.0, 156.8),
                new Charts.Spread("Intake", null, null));
        String dutch = Charts.spreads("Duur", "Mediaan", "P90", spreads, Locale.forLanguageTag("nl-BE"));
        String english = Charts.spreads("Time", "Median", "P90", spreads, Locale.ENGLISH);

        parse(dutch);
        assertThat(dutch).contains("Verkenning, P90: 156,8").contains("Verkenning, Mediaan: 63<")
                .contains("Intake, Mediaan: –");
        assertThat(english).contains("Verkenning, P90: 156.8");
    }

    @Test
    void aPeriodIsCutIntoMonthsClippedToItsEndsAndALongOneIntoYears() {
        List<Period> months = DashboardCharts.buckets(new Period(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 3, 10)));
        assertThat(months).containsExactly(new Period(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 1, 31)),
                new Period(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28)),
                new Period(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 10)));

        List<Period> years = DashboardCharts.buckets(new Period(LocalDate.of(2021, 6, 1), LocalDate.of(2025, 2, 1)));
        assertThat(years).hasSize(5).first().isEqualTo(new Period(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 12, 31)));
    }

    @Test
    void forPrintAChartHasItsSizeInPointsInsteadOfTheScreensWidth() throws Exception {
        String printed = Svg.forPrint(Charts.horizontalBars("Fasen", List.of(new Charts.Bar("Intake", 3))), 0.75);

        Document doc = parse(printed);
        assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo("360.0pt");
        assertThat(doc.getDocumentElement().getAttribute("height")).isEqualTo("28.5pt");
        assertThat(doc.getElementsByTagName("text").item(0).getAttributes().getNamedItem("font-family")
                .getNodeValue()).startsWith("DejaVu Sans");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
