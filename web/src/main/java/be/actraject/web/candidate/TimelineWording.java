package be.actraject.web.candidate;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * The words of timeline details that the domain writes as plain text for the record: an administrator's repair
 * ({@code "assigned Task_X to coach2"}, written by {@code bpmn.watch.Repairs}) read in the reader's language, with the
 * task's and the person's names ({@code ${@timelineWording.repair(e.detail, people)}}).
 */
@Component("timelineWording")
public class TimelineWording {

    private final MessageSource messages;

    TimelineWording(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param detail the repair as recorded: a verb ({@code unclaimed}, {@code assigned}, {@code escalated},
     *               {@code postponed}, {@code fired}), then the task key, then for an assignment {@code to <userId>}
     * @param people display names by user id
     * @return the sentence in the request's language; the detail as it is for a repair the bundles do not name
     */
    public String repair(String detail, Map<String, String> people) {
        if (detail == null) {
            return "";
        }
        String[] words = detail.split(" ");
        String task = words.length > 1 ? taskName(words[1]) : "";
        String person = words.length > 3 ? people.getOrDefault(words[3], words[3]) : "";
        return messages.getMessage("timeline.repair." + words[0], new Object[] {task, person}, detail,
                LocaleContextHolder.getLocale());
    }

    private String taskName(String taskKey) {
        return messages.getMessage("task." + taskKey + ".name", null, taskKey, LocaleContextHolder.getLocale());
    }
}
