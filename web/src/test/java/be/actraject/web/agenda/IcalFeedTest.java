package be.actraject.web.agenda;

import java.util.Map;

import be.actraject.domain.agenda.AgendaOverview;

import be.actraject.domain.agenda.AgendaItem;
import be.actraject.domain.agenda.WallClock;
import be.actraject.domain.conversation.ConversationKind;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static be.actraject.web.agenda.AgendaItems.BRUSSELS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed as bytes: every physical line at most 75 octets of UTF-8 without a character cut in two (RFC 5545 §3.1),
 * read back by ical4j to the same text; and the conversations of the nights the clocks change at their instants.
 */
class IcalFeedTest {

    private static final String COMPOUND = "arbeidsongeschiktheidsverzekeringsaanvraagformulierenverwerkingsproceduresx";

    private final IcalFeed feed = new IcalFeed(new AgendaTexts(messages()),
            Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), BRUSSELS));

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/common", "i18n/coaching", "i18n/group");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static AgendaItem conversation(long id, Instant startsAt, String title, String place) {
        return new AgendaItem(AgendaItem.Kind.PLANNED_CONVERSATION, "planned-conversation-" + id,
                startsAt.atZone(BRUSSELS).toLocalDate(), startsAt, startsAt.plus(Duration.ofMinutes(60)), title, place,
                ConversationKind.IN_PERSON, 7L, null, id);
    }

    private static Calendar parse(byte[] body) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(body));
    }

    @Test
    void everyLineIsAtMostSeventyFiveOctetsAndNoCharacterIsCutInTwo() throws Exception {
        String turkish = "Çağrı Yılmaz-Öztürk ".repeat(6).strip();
        String place = "Çağrı’s atelier 🗓 ".repeat(8).strip();
        assertThat(COMPOUND).hasSize(75);
        List<AgendaItem> items = List.of(
                conversation(1, Instant.parse("2026-12-02T09:00:00Z"), turkish, place),
                conversation(2, Instant.parse("2026-12-03T09:00:00Z"), COMPOUND, COMPOUND + " " + COMPOUND));

        byte[] body = feed.write(new AgendaOverview(items, Map.of()), "https://ac.example", new Locale("nl")).getBytes(StandardCharsets.UTF_8);

        for (byte[] line : lines(body)) {
            assertThat(line.length).isLessThanOrEqualTo(75);
            assertThat(strictUtf8(line)).isTrue();
        }
        List<VEvent> events = parse(body).getComponents("VEVENT");
        assertThat(events.get(0).getSummary().getValue()).contains(turkish);
        assertThat(events.get(0).getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo(place);
        assertThat(events.get(1).getSummary().getValue()).contains(COMPOUND);
        assertThat(events.get(1).getProperty(Property.LOCATION).orElseThrow().getValue())
                .isEqualTo(COMPOUND + " " + COMPOUND);
    }

    @Test
    void theConversationsOfBothClockChangeNightsStartAndEndAtTheirInstants() throws Exception {
        Instant autumn = WallClock.instantOf(LocalDateTime.of(2026, 10, 25, 2, 30), BRUSSELS);
        Instant spring = WallClock.instantOf(LocalDateTime.of(2027, 3, 28, 3, 30), BRUSSELS);

        byte[] body = feed.write(new AgendaOverview(List.of(conversation(1, autumn, "Lotte Claes", null),
                conversation(2, spring, "Lotte Claes", null)), Map.of()), "https://ac.example", new Locale("nl"))
                .getBytes(StandardCharsets.UTF_8);

        List<VEvent> events = parse(body).getComponents("VEVENT");
        assertThat(startAndEnd(events.get(0))).containsExactly(
                ZonedDateTime.parse("2026-10-25T02:30+02:00[Europe/Brussels]").toInstant(),
                ZonedDateTime.parse("2026-10-25T02:30+01:00[Europe/Brussels]").toInstant());
        assertThat(startAndEnd(events.get(1))).containsExactly(
                ZonedDateTime.parse("2027-03-28T03:30+02:00[Europe/Brussels]").toInstant(),
                ZonedDateTime.parse("2027-03-28T04:30+02:00[Europe/Brussels]").toInstant());
    }

    private static List<Instant> startAndEnd(VEvent event) {
        DtStart<Temporal> start = event.getDateTimeStart();
        DtEnd<Temporal> end = event.getDateTimeEnd();
        return List.of(Instant.from(start.getDate()), Instant.from(end.getDate()));
    }

    /** The physical lines of the raw body, split at CRLF, without it. */
    private static List<byte[]> lines(byte[] body) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 1 < body.length; i++) {
            if (body[i] == '\r' && body[i + 1] == '\n') {
                byte[] line = new byte[i - start];
                System.arraycopy(body, start, line, 0, line.length);
                lines.add(line);
                start = i + 2;
            }
        }
        assertThat(start).as("the body ends with CRLF").isEqualTo(body.length);
        return lines;
    }

    private static boolean strictUtf8(byte[] line) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
