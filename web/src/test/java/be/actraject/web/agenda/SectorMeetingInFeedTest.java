package be.actraject.web.agenda;

import java.util.Map;

import be.actraject.domain.agenda.AgendaOverview;

import be.actraject.domain.agenda.AgendaItem;
import be.actraject.web.support.MessageBundles;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A sector group's meeting in the calendar feed: its own summary, its times, and a link to the sector group. */
class SectorMeetingInFeedTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Test
    void aSectorMeetingLinksToItsSectorGroupNotToALearningGroup() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(MessageBundles.basenames().toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Instant startsAt = LocalDate.of(2026, 12, 3).atTime(19, 30).atZone(BRUSSELS).toInstant();
        AgendaItem meeting = new AgendaItem(AgendaItem.Kind.SECTOR_MEETING, "sector-meeting-8", LocalDate.of(2026,
                12, 3), startsAt, startsAt.plusSeconds(5400), "Streekproducten", "Korte keten · Hoeve Ter Linde",
                null, null, 4L, null);

        String feed = new IcalFeed(new AgendaTexts(messages), Clock.fixed(startsAt, BRUSSELS))
                .write(new AgendaOverview(List.of(meeting), Map.of()), "https://ac.example", Locale.forLanguageTag("nl-BE"));

        assertThat(feed).contains("SUMMARY:Sectorgroep Streekproducten: Korte keten · Hoeve Ter Linde",
                "URL:https://ac.example/sector-groups/4", "UID:sector-meeting-8").doesNotContain("/groups/4");
    }
}
