package be.actraject.web.sector;

import be.actraject.domain.RefusedException;
import be.actraject.domain.access.Actor;
import be.actraject.domain.sector.MeetingInPastException;
import be.actraject.domain.sector.SectorGroup;
import be.actraject.domain.sector.SectorGroups;
import be.actraject.domain.sector.SectorMeeting;
import be.actraject.domain.sector.SectorMeetings;
import be.actraject.web.system.Dates;
import be.actraject.web.system.Flash;
import be.actraject.web.system.Refusals;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.Instant;

/**
 * Moving or cancelling a sector group's meeting, by whoever keeps the group (its contact person, the coordinators);
 * anyone else is refused (403) before the form is looked at. A time in the past is the date field's message; a
 * meeting held or cancelled meanwhile, or a group closed meanwhile, is said above the form.
 */
@Controller
class SectorMeetingController {

    private static final String VIEW = "sector/meeting";

    private final SectorGroups groups;
    private final SectorMeetings meetings;
    private final Dates dates;
    private final Clock clock;

    SectorMeetingController(SectorGroups groups, SectorMeetings meetings, Dates dates, Clock clock) {
        this.groups = groups;
        this.meetings = meetings;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping("/sector-groups/{groupId}/meetings/{meetingId}/edit")
    String initForm(@PathVariable long groupId, @PathVariable long meetingId, Actor actor, Model model) {
        SectorGroup group = groups.managed(groupId, actor);
        SectorMeeting meeting = meetings.of(group, meetingId);
        model.addAttribute("meeting", MeetingForm.of(meeting, clock.getZone()));
        return view(group, meeting, model);
    }

    @PostMapping("/sector-groups/{groupId}/meetings/{meetingId}/edit")
    String processForm(@PathVariable long groupId, @PathVariable long meetingId,
                       @Valid @ModelAttribute("meeting") MeetingForm form, BindingResult result, Actor actor,
                       Model model, RedirectAttributes redirect) {
        SectorGroup group = groups.managed(groupId, actor);
        SectorMeeting meeting = meetings.of(group, meetingId);
        if (!result.hasErrors()) {
            try {
                Instant was = meeting.getStartsAt();
                SectorMeeting moved = meetings.move(groupId, meetingId, form.toEntry(clock.getZone()), actor);
                // Only its place, topic or length changed: "verplaatst naar" the time it had would mislead.
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(
                        moved.getStartsAt().equals(was) ? "sector.meeting.changed" : "sector.meeting.moved",
                        dates.dateTime(moved.getStartsAt())));
                return "redirect:/sector-groups/" + groupId;
            } catch (MeetingInPastException e) {
                result.rejectValue("startsAt", e.messageKey());
            } catch (RefusedException e) {
                Refusals.reject(result, e);
            }
        }
        return view(group, meeting, model);
    }

    @PostMapping("/sector-groups/{groupId}/meetings/{meetingId}/cancel")
    String cancel(@PathVariable long groupId, @PathVariable long meetingId, Actor actor,
                  RedirectAttributes redirect) {
        groups.managed(groupId, actor);
        SectorMeeting cancelled = meetings.cancel(groupId, meetingId, actor);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("sector.meeting.cancelledDone",
                dates.dateTime(cancelled.getStartsAt())));
        return "redirect:/sector-groups/" + groupId;
    }

    private String view(SectorGroup group, SectorMeeting meeting, Model model) {
        model.addAttribute("sectorGroupView", group);
        model.addAttribute("existing", meeting);
        model.addAttribute("changeable", !group.isClosed() && !meeting.isCancelled()
                && !meeting.hasStartedBy(clock.instant()));
        return VIEW;
    }
}
