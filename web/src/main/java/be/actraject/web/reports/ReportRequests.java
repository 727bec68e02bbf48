package be.actraject.web.reports;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.domain.RefusedException;
import be.actraject.domain.access.Actor;
import be.actraject.domain.figures.FigureFilter;
import be.actraject.domain.figures.Period;
import be.actraject.domain.group.GroupNotFoundException;
import be.actraject.domain.group.LearningGroups;
import be.actraject.workflow.Phase;
import be.actraject.workflow.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a {@link ReportForm} into a period and filter, or into the message why not: a date that is no date, a
 * period the domain refuses ({@link Period#of}), a coach or learning group that does not exist, an unknown phase.
 * Bad input is the user's to correct, so it is a message on the form, never an error page. Empty dates mean this
 * year so far.
 */
@Component
class ReportRequests {

    /** The forms a date is read in: the date field's own (ISO), and the day/month/year people type. */
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final Accounts accounts;
    private final LearningGroups groups;
    private final MessageSource messages;
    private final Clock clock;

    ReportRequests(Accounts accounts, LearningGroups groups, MessageSource messages, Clock clock) {
        this.accounts = accounts;
        this.groups = groups;
        this.messages = messages;
        this.clock = clock;
    }

    ReportRequest read(ReportForm form, Actor actor) {
        LocalDate today = LocalDate.now(clock);
        try {
            LocalDate from = date(form.getFrom(), today.withDayOfYear(1));
            LocalDate to = date(form.getTo(), today);
            Period period = Period.of(from, to, clock);
            return new ReportRequest(period, new FigureFilter(coach(form.getCoach(), actor), group(form.getGroup()),
                    phase(form.getPhase())), null);
        } catch (BadInput bad) {
            return ReportRequest.refused(text(bad.key, bad.argument));
        } catch (RefusedException refused) {
            return ReportRequest.refused(text(refused.messageKey(), Arrays.stream(refused.messageArguments())
                    .map(a -> a instanceof LocalDate day ? SHOWN.format(day) : a).toArray()));
        }
    }

    private static LocalDate date(String typed, LocalDate otherwise) {
        if (typed == null || typed.isBlank()) {
            return otherwise;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(typed.strip(), format);
            } catch (DateTimeParseException notThisForm) {
                // the next form, or the message below
            }
        }
        throw new BadInput("reports.date.invalid", typed);
    }

    /** A coach's user id; the coach who asks can only mean themselves (the domain enforces it, the form says it). */
    private String coach(String typed, Actor actor) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String coach = typed.strip();
        if (!coach.equals(actor.userId()) && !accounts.isMember(coach, Role.COACH)) {
            throw new BadInput("reports.coach.unknown", coach);
        }
        return coach;
    }

    private Long group(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(typed.strip());
            groups.group(id);
            return id;
        } catch (NumberFormatException | GroupNotFoundException unknown) {
            throw new BadInput("reports.group.unknown", typed);
        }
    }

    private static Phase phase(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Phase.valueOf(typed.strip());
        } catch (IllegalArgumentException unknown) {
            throw new BadInput("reports.phase.unknown", typed);
        }
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /** Input that does not name a date, coach, group or phase: the message key and what was typed. */
    private static final class BadInput extends RuntimeException {
        private final String key;
        private final transient Object argument;

        BadInput(String key, Object argument) {
            super(key, null, false, false);
            this.key = key;
            this.argument = argument;
        }
    }
}
