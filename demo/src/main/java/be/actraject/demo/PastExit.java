package be.actraject.demo;

import be.actraject.domain.aftercare.Situation;
import be.actraject.workflow.ExitType;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One former candidate of the demo's past ({@link PastExits}): who, the exit, and the answers at the follow-ups of
 * the aftercare schedule in order (3, 6, 12, 24 months). A null answer is a follow-up at which the coach did not reach
 * the person: its task stays open and no later follow-up comes, as the model has it. A STOPPED exit has no aftercare.
 *
 * @param yearsBack the exit's calendar year counted back from today's (1: last year)
 * @param on        the exit's day in that year; moved earlier when it would be less than four months ago, so that
 *                  the first follow-up's moment has always come
 */
record PastExit(String firstName, String lastName, String municipality, String postalCode, String idea,
                int yearsBack, MonthDay on, ExitType exitType, String coach, List<Situation> answers) {

    /** The moments of the demo's aftercare schedule (the parameter's default, P3M … P36M), in months. */
    static final List<Integer> MOMENTS = List.of(3, 6, 12, 24, 36);

    PastExit(String firstName, String lastName, String municipality, String postalCode, String idea, int yearsBack,
             MonthDay on, ExitType exitType, String coach, Situation... answers) {
        this(firstName, lastName, municipality, postalCode, idea, yearsBack, on, exitType, coach,
                Collections.unmodifiableList(Arrays.asList(answers)));
    }

    LocalDate exitDay(LocalDate today) {
        LocalDate day = on.atYear(today.getYear() - yearsBack);
        LocalDate latest = today.minusMonths(4);
        return day.isAfter(latest) ? latest : day;
    }

    /** The day the moment of this follow-up falls, as the aftercare schedule dates it: the exit day plus months. */
    LocalDate momentDay(int months, LocalDate today) {
        return exitDay(today).plusMonths(months);
    }

    /** The day the coach reached the person for the follow-up at a moment: some days after it, not after today. */
    LocalDate contactedOn(int months, LocalDate today) {
        LocalDate day = momentDay(months, today).plusDays(2 + (lastName.length() + months) % 9);
        return day.isAfter(today) ? today : day;
    }

    /**
     * The answer recorded at a moment: empty when the moment has not come by {@code today}, when the person was not
     * reached then or at an earlier one, or when the exit has no aftercare.
     */
    Situation answerAt(int months, LocalDate today) {
        int index = MOMENTS.indexOf(months);
        if (exitType == ExitType.STOPPED || index < 0 || index >= answers.size()
                || momentDay(months, today).isAfter(today)) {
            return null;
        }
        for (int i = 0; i <= index; i++) {
            if (answers.get(i) == null) {
                return null;
            }
        }
        return answers.get(index);
    }
}
