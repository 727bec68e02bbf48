package be.actraject.web.reports.funder;

import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.access.Actor;
import be.actraject.domain.aftercare.SurvivalMoment;
import be.actraject.domain.aftercare.SurvivalRow;
import be.actraject.domain.figures.Figure;
import be.actraject.domain.figures.FigureFilter;
import be.actraject.domain.figures.FigureResult;
import be.actraject.domain.figures.FigureRow;
import be.actraject.domain.figures.Figures;
import be.actraject.domain.figures.FunderReports;
import be.actraject.domain.figures.Participant;
import be.actraject.domain.figures.Period;
import be.actraject.domain.group.LearningGroup;
import be.actraject.domain.group.LearningGroups;
import be.actraject.web.pdf.PdfRendering;
import be.actraject.web.pdf.PdfText;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Phase;
import be.actraject.workflow.Role;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The funder's downloads for 2025: the participant list as spreadsheet and CSV read back equal to the domain's list,
 * the period report as PDF read back with every figure's name and value, names in other scripts intact in all three,
 * each download in the audit log, bad periods back to the dashboard with their message, and nobody but coordinators
 * and administrators. The domain's list itself is tested on the figures' fixture (FunderReportsContract).
 */
@WebMvcTest(FunderReportController.class)
@Import({WebSliceConfiguration.class, PdfRendering.class, ParticipantColumns.class, ParticipantWorkbook.class,
        ParticipantCsv.class, PeriodReport.class, FigureKeyLabels.class})
@TestPropertySource(properties = {"actraject.cooperative.name=Activiteitencoöperatie Vooruit cvso",
        "actraject.cooperative.street=Stationsstraat 12", "actraject.cooperative.postal-code=9000",
        "actraject.cooperative.city=Gent", "actraject.cooperative.enterprise-number=0566.988.259",
        "actraject.cooperative.iban=BE68539007547034"})
class FunderReportControllerTest {

    static final Period YEAR = Period.year(2025);
    static final Participant CAGRI = new Participant(1, "0123456789", "Çağrı", "Yılmaz", LocalDate.of(2024, 11, 4),
            LocalDate.of(2025, 10, 6), Phase.INVOICING, ExitType.SELF_EMPLOYED);
    static final Participant ZOE = new Participant(3, "VDAB77", "Zoë", "Peeters", LocalDate.of(2025, 2, 3), null,
            Phase.EXPLORATION, null);
    static final Participant QUOTED = new Participant(4, "AB1234", "Jan \"Jr.\"", "De Smet; Van Dam",
            LocalDate.of(2025, 3, 3), LocalDate.of(2025, 4, 7), Phase.INTAKE, ExitType.REORIENTED);
    static final Participant FORMULA = new Participant(5, "CD5678", "=HYPERLINK(\"x\")", "Peeters",
            LocalDate.of(2025, 3, 3), null, Phase.INTAKE, null);

    @Autowired
    MockMvc mvc;
    @Autowired
    MessageSource messages;
    @MockitoBean
    FunderReports reports;
    @MockitoBean
    Figures figures;
    @MockitoBean
    LearningGroups groups;
    /** The slice's task screen helper needs it; the reports do not. */
    @MockitoBean
    WorkItems workItems;
    /** The dashboard's charts (web.reports.PrintedCharts); none unless a test gives them. */
    @MockitoBean
    PeriodReportCharts charts;

    @BeforeEach
    void theYear() {
        given(reports.participants(eq(YEAR), any())).willReturn(List.of(CAGRI, ZOE, QUOTED, FORMULA));
        given(figures.count(any(), eq(YEAR), eq(FigureFilter.NONE), any())).willAnswer(call -> {
            Figure figure = call.getArgument(0);
            return new FigureResult(figure, YEAR, FigureFilter.NONE, rows(figure));
        });
        given(figures.survival(any())).willReturn(List.of(new SurvivalRow(2025, ExitType.SELF_EMPLOYED, 2, List.of(
                new SurvivalMoment(2, 2, 1), new SurvivalMoment(1, 1, 1), new SurvivalMoment(0, 0, 0),
                new SurvivalMoment(0, 0, 0), new SurvivalMoment(0, 0, 0))),
                new SurvivalRow(2025, ExitType.STOPPED, 3, List.of(new SurvivalMoment(0, 0, 0),
                        new SurvivalMoment(0, 0, 0), new SurvivalMoment(0, 0, 0), new SurvivalMoment(0, 0, 0),
                        new SurvivalMoment(0, 0, 0))),
                new SurvivalRow(2024, ExitType.JOINED_COOPERATIVE, 3, List.of(new SurvivalMoment(3, 1, 1),
                        new SurvivalMoment(3, 0, 0), new SurvivalMoment(0, 0, 0), new SurvivalMoment(0, 0, 0),
                        new SurvivalMoment(0, 0, 0)))));
        LearningGroup group = Mockito.mock(LearningGroup.class);
        given(group.getName()).willReturn("Leergroep Gent");
        given(groups.group(7L)).willReturn(group);
    }

    /** Each figure's rows, each count its own number (100 + the figure's position, 200 + …) so each is found. */
    private static List<FigureRow> rows(Figure figure) {
        return switch (figure) {
            case CANDIDATES_PER_COACH -> List.of(new FigureRow("-", 131, null, null),
                    new FigureRow("anna", 132, null, null));
            case CANDIDATES_PER_LEARNING_GROUP -> List.of(new FigureRow("7", 141, null, null));
            case TIME_IN_TRAJECTORY -> List.of(new FigureRow(Figure.ALL, 7, 156.8, 301.0));
            case EARNINGS_IN_INVOICING -> List.of(
                    new FigureRow(Figure.TURNOVER, 4, null, null, new FigureRow.Amounts(new BigDecimal("1020.00"),
                            new BigDecimal("225.00"), new BigDecimal("455.00"))),
                    new FigureRow(Figure.EXTRA_EARNINGS, 0, null, null, new FigureRow.Amounts(
                            new BigDecimal("0.00"), null, null)));
            default -> figure.keys().stream().map(k -> new FigureRow(k,
                    100L * (figure.keys().indexOf(k) + 1) + figure.ordinal(), null, null)).toList();
        };
    }

    private MvcResult download(String path) throws Exception {
        return mvc.perform(get(path).param("from", "2025-01-01").param("to", "2025-12-31")
                        .with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn();
    }

    @Test
    void theSpreadsheetHoldsEachParticipantWithRealDatesUnderAFrozenHeader() throws Exception {
        MvcResult result = download("/reports/funder/participants.xlsx");

        assertThat(result.getResponse().getContentType()).startsWith(FunderReportController.XLSX.toString());
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .contains("deelnemers_2025-01-01_2025-12-31.xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(
                new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Deelnemers");
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(texts(rows.get(0))).containsExactly("Klantnummer VDAB", "Naam", "Voornaam", "Instapdatum",
                    "Uitstroomdatum", "Bereikte fase", "Uitstroom");
            assertThat(rows).hasSize(5);
            Row cagri = rows.get(1);
            assertThat(texts(cagri).subList(0, 3)).containsExactly("0123456789", "Yılmaz", "Çağrı");
            assertThat(cagri.getCellAsDate(3).orElseThrow().toLocalDate()).isEqualTo(CAGRI.entered());
            assertThat(cagri.getCellAsDate(4).orElseThrow().toLocalDate()).isEqualTo(CAGRI.exited());
            assertThat(cagri.getCellText(5)).isEqualTo("Facturatie");
            assertThat(cagri.getCellText(6)).isEqualTo("Zelfstandige");
            Row zoe = rows.get(2);
            assertThat(zoe.getCellText(2)).isEqualTo("Zoë");
            assertThat(zoe.getCellAsDate(3).orElseThrow().toLocalDate()).isEqualTo(ZOE.entered());
            assertThat(zoe.getCellText(4)).as("still running").isEmpty();
            assertThat(zoe.getCellText(5)).isEqualTo("Verkenning");
        }
        String sheet = unzipped(result.getResponse().getContentAsByteArray(), "xl/worksheets/sheet1.xml");
        assertThat(sheet).as("the header row stays in view").contains("ySplit=\"1\"").contains("state=\"frozen\"");
        verify(reports).recordExport(eq("participants.xlsx"), eq(YEAR), argThat(a -> a.userId().equals("coordinator")));
    }

    @Test
    void theCsvIsUtf8WithABomSemicolonsAndQuotesWhereAFieldNeedsThem() throws Exception {
        MvcResult result = download("/reports/funder/participants.csv");

        assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
        byte[] file = result.getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines).containsExactly(
                "Klantnummer VDAB;Naam;Voornaam;Instapdatum;Uitstroomdatum;Bereikte fase;Uitstroom",
                "0123456789;Yılmaz;Çağrı;2024-11-04;2025-10-06;Facturatie;Zelfstandige",
                "VDAB77;Peeters;Zoë;2025-02-03;;Verkenning;",
                "AB1234;\"De Smet; Van Dam\";\"Jan \"\"Jr.\"\"\";2025-03-03;2025-04-07;Intake;Geheroriënteerd",
                "CD5678;Peeters;\"'=HYPERLINK(\"\"x\"\")\";2025-03-03;;Intake;");
        verify(reports).recordExport(eq("participants.csv"), eq(YEAR), argThat(a -> a.userId().equals("coordinator")));
    }

    @Test
    void thePeriodReportPrintsEveryFigureWithItsValueAndDefinition() throws Exception {
        MvcResult result = download("/reports/funder/period.pdf");

        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .contains("periode-rapport_2025-01-01_2025-12-31.pdf");
        PdfText pdf = PdfText.of(result.getResponse().getContentAsByteArray());
        String text = pdf.text().replaceAll("\\s+", " ");
        assertThat(text).contains("Rapport over de periode").contains("01/01/2025").contains("31/12/2025");
        for (Figure figure : Figure.values()) {
            assertThat(text).as(figure.name()).contains(name(figure));
        }
        assertThat(text).contains("Instroom").contains("Totaal 100");
        assertThat(pdf.lineWith("Zelfstandige").text()).contains("104");
        assertThat(pdf.lineWith("Geheroriënteerd").text()).contains("304");
        assertThat(pdf.lineWith("Zonder coach").text()).contains("131");
        assertThat(pdf.lineWith("anna").text()).contains("132");
        assertThat(pdf.lineWith("Leergroep Gent").text()).contains("141");
        assertThat(pdf.lineWith("Totaal", "7").text()).contains("156,8").contains("301");
        assertThat(pdf.lineWith("Verontschuldigd").text()).contains("213");
        assertThat(pdf.lineWith("Termijn fase 1–3", "110")).as("limits passed at the exit").isNotNull();
        assertThat(pdf.lineWith("Termijn facturatie", "210")).isNotNull();
        assertThat(text).contains("Termijnen verstreken bij uitstroom");
        assertThat(text.substring(text.indexOf("Omzet en extra inkomsten per kandidaat"), text.indexOf("Omzet (excl. btw)")))
                .as("the columns of amounts, their heads wrapped in their narrow columns")
                .contains("Totaal").contains("Mediaan").contains("percentiel").contains("per kandidaat");
        assertThat(pdf.lineWith("Omzet (excl. btw)").text()).contains("4").contains("€ 1.020,00")
                .contains("€ 225,00").contains("€ 455,00");
        assertThat(pdf.lineWith("Extra inkomsten (uitbetaald)").text()).contains("€ 0,00");
        assertThat(text).as("the definitions of the new figures")
                .contains("Wie op de laatste dag zelf uitstroomt, telt mee")
                .contains("min dat van de uitgereikte creditnota");
        assertThat(text).as("a definition in small print")
                .contains("Het aantal trajecten waarvan de instapdatum in de periode valt");
        assertThat(pdf.lineWith("2025", "Zelfstandige").text()).as("survival at 3 and 6 months")
                .contains("1 van 2").contains("1 van 1");
        assertThat(text).contains("(50%)").contains("(100%)");
        assertThat(pdf.lineWith("2025", "Gestopt").text()).as("a stop starts no aftercare, as the screen says")
                .contains("geen nazorg").doesNotContain("nog niet");
        assertThat(pdf.lineWith("2024", "Ondernemerscoöperatie").text()).as("an exit type whole, not Ondernemerscoöp/eratie")
                .contains("1 van 1 (100%)").contains("geen antwoord");
        assertThat(text).as("the unknown and the exits not yet at the moment, as on the screen")
                .contains("onbekend: 0").contains("al zo lang geleden: 1").contains("onbekend: 2")
                .contains("onbekend: 3");
        assertThat(text).as("only the moments some exit reached, as on the screen")
                .contains("Na 6 maanden").doesNotContain("Na 12 maanden");
        assertThat(text).as("words break between words only").contains("Jaar van").containsPattern("\\buitstroom\\b")
                .doesNotContain("uits troom").doesNotContain("Uitgestroom d");
        assertThat(pdf.fontsEmbedded()).allSatisfy((font, embedded) -> assertThat(embedded).isTrue());
        verify(reports).recordExport(eq("period.pdf"), eq(YEAR), argThat(a -> a.userId().equals("coordinator")));
    }

    @Test
    void eachChartIsPrintedUnderItsTitle() throws Exception {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100pt\" height=\"20pt\" viewBox=\"0 0 100 20\">"
                + "<rect x=\"0\" y=\"0\" width=\"50\" height=\"10\" fill=\"#0072b2\"/></svg>";
        given(charts.charts(eq(YEAR), any(), any())).willReturn(List.of(
                new PeriodReportCharts.Chart("Kandidaten per fase nu", svg),
                new PeriodReportCharts.Chart("Uitstroom per soort en per maand", svg)));

        String text = PdfText.of(download("/reports/funder/period.pdf").getResponse().getContentAsByteArray()).text()
                .replaceAll("\\s+", " ");

        assertThat(text).contains("Grafieken").contains("Kandidaten per fase nu")
                .contains("Uitstroom per soort en per maand");
    }

    @Test
    void namesInOtherScriptsComeThroughInThePdfToo() throws Exception {
        given(figures.count(eq(Figure.CANDIDATES_PER_COACH), eq(YEAR), eq(FigureFilter.NONE), any()))
                .willReturn(new FigureResult(Figure.CANDIDATES_PER_COACH, YEAR, FigureFilter.NONE,
                        List.of(new FigureRow("anna", 3, null, null))));
        LearningGroup group = Mockito.mock(LearningGroup.class);
        given(group.getName()).willReturn("Çağrı en Zoë");
        given(groups.group(7L)).willReturn(group);

        PdfText pdf = PdfText.of(download("/reports/funder/period.pdf").getResponse().getContentAsByteArray());

        assertThat(pdf.lineWith("Çağrı en Zoë").text()).contains("141");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsGoesBackToTheDashboardWithItsMessage() throws Exception {
        mvc.perform(get("/reports/funder/participants.xlsx").param("from", "2025-12-31").param("to", "2025-01-01")
                        .with(SignedIn.coordinator()))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/reports"))
                .andExpect(flashMessage("figures.period.endsBeforeStart", "31/12/2025", "01/01/2025"));
        verifyNoInteractions(reports, figures);
    }

    @Test
    void aPeriodStartingBeforeTheFirstDayCountedGivesNoFileNoAuditEntryButItsMessage() throws Exception {
        for (String path : List.of("participants.xlsx", "participants.csv", "period.pdf")) {
            for (String from : List.of("-999999999-01-01", "0001-01-01")) {
                mvc.perform(get("/reports/funder/" + path).param("from", from).param("to", "2026-01-01")
                                .with(SignedIn.coordinator()))
                        .andExpect(status().isSeeOther())
                        .andExpect(header().string("Location", "/reports"))
                        .andExpect(flashMessage("figures.period.tooEarly",
                                from.startsWith("-") ? "01/01/-999999999" : "01/01/0001", "01/01/1900"));
            }
        }
        verifyNoInteractions(reports, figures);
    }

    @Test
    void aPeriodStartingAfterTodayOrNotADateGivesNoFile() throws Exception {
        LocalDate tomorrow = LocalDate.ofInstant(WebSliceConfiguration.NOW, java.time.ZoneId.of("Europe/Brussels"))
                .plusDays(1);
        mvc.perform(get("/reports/funder/period.pdf").param("from", tomorrow.toString())
                        .param("to", tomorrow.plusDays(30).toString()).with(SignedIn.coordinator()))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/reports"))
                .andExpect(flashMessage("figures.period.future"));
        mvc.perform(get("/reports/funder/participants.csv").param("from", "2025-02-31").param("to", "2025-12-31")
                        .with(SignedIn.coordinator()))
                .andExpect(status().isSeeOther())
                .andExpect(flashMessage("typeMismatch.java.time.LocalDate"));
        mvc.perform(get("/reports/funder/participants.csv").with(SignedIn.coordinator()))
                .andExpect(status().isSeeOther())
                .andExpect(flashMessage("typeMismatch.java.time.LocalDate"));
        verifyNoInteractions(reports, figures);
    }

    @Test
    void anAdministratorDownloadsTooButOfficeAndCoachesAreForbidden() throws Exception {
        mvc.perform(get("/reports/funder/participants.csv").param("from", "2025-01-01").param("to", "2025-12-31")
                        .with(SignedIn.as("admin", Role.ADMINISTRATOR)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("deelnemers_")));
        Mockito.clearInvocations(reports);
        for (String path : List.of("participants.xlsx", "participants.csv", "period.pdf")) {
            mvc.perform(get("/reports/funder/" + path).param("from", "2025-01-01").param("to", "2025-12-31")
                            .with(SignedIn.office()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/reports/funder/" + path).param("from", "2025-01-01").param("to", "2025-12-31")
                            .with(SignedIn.coach()))
                    .andExpect(status().isForbidden());
        }
        verifyNoInteractions(reports, figures);
    }

    private String name(Figure figure) {
        return messages.getMessage(figure.nameKey(), null, Locale.forLanguageTag("nl-BE"));
    }

    private static List<String> texts(Row row) {
        return row.stream().map(c -> c == null ? "" : c.getText()).toList();
    }

    /** One part of the workbook, read from a file: FastExcel writes ZIP64 entries a ZipInputStream refuses. */
    private static String unzipped(byte[] zip, String entry) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("participants", ".xlsx");
        try (java.util.zip.ZipFile workbook = new java.util.zip.ZipFile(java.nio.file.Files.write(file, zip).toFile())) {
            return new String(workbook.getInputStream(workbook.getEntry(entry)).readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
