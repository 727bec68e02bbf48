package be.actraject.web.agenda;

import java.util.Map;

import be.actraject.domain.agenda.AgendaOverview;

import be.actraject.domain.agenda.AgendaItem;
import be.actraject.web.support.MessageBundles;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static be.actraject.web.agenda.AgendaItems.BRUSSELS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A training moment and a sector meeting in the calendar feed say where they are held (LOCATION) and what they are
 * (DESCRIPTION), read back from the feed by ical4j as a calendar application would.
 */
class PlaceAndDescriptionInFeedTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");
    private static final Instant NINE = LocalDate.of(2026, 12, 9).atTime(9, 0).atZone(BRUSSELS).toInstant();

    private final IcalFeed feed = new IcalFeed(new AgendaTexts(messages()), Clock.fixed(NINE, BRUSSELS));

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(MessageBundles.basenames().toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static AgendaItem training(long id, String place, boolean online) {
        return new AgendaItem(AgendaItem.Kind.TRAINING_MOMENT, "training-" + id, LocalDate.of(2026, 12, 9), NINE,
                NINE.plusSeconds(3 * 3600), "Lotte Claes", "Boekhouden voor starters", null, 7L, null, null, place,
                online, "Syntra Gent");
    }

    private VEvent only(AgendaItem item, Locale locale) throws Exception {
        String written = feed.write(new AgendaOverview(List.of(item), Map.of()), "https://ac.example", locale);
        List<VEvent> events = new CalendarBuilder().build(new StringReader(written)).getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static Optional<String> property(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue);
    }

    @Test
    void aTrainingMomentIsAtTheModulesPlaceAndNamesModuleAndProvider() throws Exception {
        VEvent event = only(training(1, "Syntra, Kortrijksesteenweg 1, Gent", false), DUTCH);

        assertThat(property(event, Property.LOCATION)).contains("Syntra, Kortrijksesteenweg 1, Gent");
        assertThat(property(event, Property.DESCRIPTION)).contains("Opleiding Boekhouden voor starters door Syntra Gent");
    }

    @Test
    void aTrainingMomentOnlineSaysSoWithItsLinkWhenTheModuleGivesOne() throws Exception {
        assertThat(property(only(training(2, null, true), DUTCH), Property.LOCATION)).contains("Online");
        assertThat(property(only(training(3, "https://syntra.be/live", true), DUTCH), Property.LOCATION))
                .contains("https://syntra.be/live en online");
        assertThat(property(only(training(4, null, true), Locale.ENGLISH), Property.DESCRIPTION))
                .contains("Training Boekhouden voor starters by Syntra Gent");
    }

    @Test
    void aSectorMeetingIsAtItsPlaceAndNamesGroupAndTopic() throws Exception {
        AgendaItem meeting = new AgendaItem(AgendaItem.Kind.SECTOR_MEETING, "sector-meeting-8",
                LocalDate.of(2026, 12, 9), NINE, NINE.plusSeconds(5400), "Streekproducten",
                "Korte keten · Hoeve Ter Linde", null, null, 4L, null, "Hoeve Ter Linde", false, "Korte keten");

        VEvent event = only(meeting, DUTCH);

        assertThat(property(event, Property.LOCATION)).contains("Hoeve Ter Linde");
        assertThat(property(event, Property.DESCRIPTION)).contains("Sectorgroep Streekproducten: Korte keten");
    }

    @Test
    void aLimitHasNeitherPlaceNorDescription() throws Exception {
        VEvent event = only(AgendaItems.limit(9L, LocalDate.of(2026, 12, 9)), DUTCH);

        assertThat(property(event, Property.LOCATION)).isEmpty();
        assertThat(property(event, Property.DESCRIPTION)).isEmpty();
    }
}
