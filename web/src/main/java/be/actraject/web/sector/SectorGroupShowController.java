package be.actraject.web.sector;

import be.actraject.domain.RefusedException;
import be.actraject.domain.access.Actor;
import be.actraject.domain.find.Finder;
import be.actraject.domain.sector.MeetingInPastException;
import be.actraject.domain.sector.SectorGroup;
import be.actraject.domain.sector.SectorGroupClosedException;
import be.actraject.domain.sector.SectorGroups;
import be.actraject.domain.sector.SectorMeetings;
import be.actraject.domain.sector.SectorMemberships;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;

/**
 * A sector group's page, and what its keepers do there: place a candidate, let one leave, plan a meeting. A
 * refused placement (a member twice, a candidate outside the prospecting) comes back to the members' box with its
 * message and the candidate still chosen; a refused meeting is the form's message, beside the date for one in the
 * past, with what was typed kept; a group closed meanwhile is said above its page, which plans nothing any more.
 */
@Controller
class SectorGroupShowController {

    private final SectorGroups groups;
    private final SectorGroupPage page;
    private final SectorMemberships memberships;
    private final SectorMeetings meetings;
    private final Clock clock;

    SectorGroupShowController(SectorGroups groups, SectorGroupPage page, SectorMemberships memberships,
                              SectorMeetings meetings, Clock clock) {
        this.groups = groups;
        this.page = page;
        this.memberships = memberships;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** @param q what the keeper typed to find a candidate to place (a name, a job seeker number, an e-mail address) */
    @GetMapping("/sector-groups/{groupId}")
    String show(@PathVariable long groupId, @RequestParam(required = false) String q, Actor actor, Model model) {
        MeetingForm form = new MeetingForm();
        form.setStartsAt(LocalDate.now(clock).plusDays(14).atTime(19, 0));
        model.addAttribute("meeting", form);
        return page.fill(groupId, Finder.asTyped(q), actor, model);
    }

    @PostMapping("/sector-groups/{groupId}/members")
    String join(@PathVariable long groupId, @RequestParam(required = false) Long trajectoryId,
                @RequestParam(required = false) String q, Actor actor, RedirectAttributes redirect) {
        groups.managed(groupId, actor);
        if (trajectoryId == null) {
            // Back to the choice as it was found, with what was typed: a search that found nobody ends here too.
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning("sector.member.choose"));
            return backToTheChoice(groupId, q, redirect);
        }
        try {
            memberships.join(groupId, trajectoryId, actor);
        } catch (RefusedException refused) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(refused.messageKey(),
                    refused.messageArguments()));
            redirect.addFlashAttribute("memberChoice", trajectoryId);
            return backToTheChoice(groupId, q, redirect);
        }
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("sector.member.joined"));
        return "redirect:/sector-groups/" + groupId + "#members";
    }

    @PostMapping("/sector-groups/{groupId}/members/{trajectoryId}/leave")
    String leave(@PathVariable long groupId, @PathVariable long trajectoryId, Actor actor,
                 RedirectAttributes redirect) {
        // A second click, or a colleague quicker: said as such, not as a removal that did nothing.
        redirect.addFlashAttribute(Flash.ATTRIBUTE, memberships.leave(groupId, trajectoryId, actor)
                ? Flash.success("sector.member.left") : Flash.warning("sector.member.notMember"));
        return "redirect:/sector-groups/" + groupId + "#members";
    }

    @PostMapping("/sector-groups/{groupId}/meetings")
    String plan(@PathVariable long groupId, @Valid @ModelAttribute("meeting") MeetingForm form,
                BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        SectorGroup group = groups.managed(groupId, actor);
        if (group.isClosed()) {
            // Closed since the page was opened (whatever was typed): its page has no planning form to carry a message.
            return closedMeanwhile(new SectorGroupClosedException(groupId, group.getName()), groupId, redirect);
        }
        if (!result.hasErrors()) {
            try {
                meetings.plan(groupId, form.toEntry(clock.getZone()), actor);
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("sector.meeting.planned"));
                return "redirect:/sector-groups/" + groupId;
            } catch (MeetingInPastException e) {
                result.rejectValue("startsAt", e.messageKey());
            } catch (SectorGroupClosedException closed) {
                return closedMeanwhile(closed, groupId, redirect);
            } catch (RefusedException refused) {
                Refusals.reject(result, refused);
            }
        }
        return page.fill(groupId, "", actor, model);
    }

    private static String closedMeanwhile(SectorGroupClosedException closed, long groupId,
                                          RedirectAttributes redirect) {
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(closed.messageKey(), closed.messageArguments()));
        return "redirect:/sector-groups/" + groupId;
    }

    /** The search as typed, cut as the box cuts it: a pasted 8,000 characters made a header past its limit. */
    private static String backToTheChoice(long groupId, String q, RedirectAttributes redirect) {
        if (q != null && !q.isBlank()) {
            redirect.addAttribute("q", Finder.asTyped(q));
        }
        return "redirect:/sector-groups/" + groupId + "#members";
    }
}
