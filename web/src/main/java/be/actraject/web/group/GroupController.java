package be.actraject.web.group;

import be.actraject.bpmn.group.SessionTasks;
import be.actraject.bpmn.identity.Accounts;
import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.agenda.WallClock;
import be.actraject.domain.group.CollectiveSession;
import be.actraject.domain.group.DuplicateGroupNameException;
import be.actraject.domain.group.LearningGroup;
import be.actraject.domain.group.LearningGroups;
import be.actraject.domain.group.Presence;
import be.actraject.domain.group.SessionInThePastException;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.system.Flash;
import be.actraject.workflow.Role;
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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The learning groups: a list to start one from, and each group with its members and sessions. */
@Controller
class GroupController {

    private final LearningGroups groups;
    private final GroupMembers members;
    private final SessionTasks sessions;
    private final Accounts accounts;
    private final Clock clock;

    GroupController(LearningGroups groups, GroupMembers members, SessionTasks sessions, Accounts accounts,
                    Clock clock) {
        this.groups = groups;
        this.members = members;
        this.sessions = sessions;
        this.accounts = accounts;
        this.clock = clock;
    }

    @ModelAttribute
    void people(Model model) {
        model.addAttribute("people", accounts.displayNames());
        model.addAttribute("coaches", accounts.members(Role.COACH));
    }

    @GetMapping("/groups")
    String list(Actor actor, Model model) {
        model.addAttribute("groups", groups.all());
        GroupForm form = new GroupForm();
        if (actor.has(Role.COACH)) {
            form.setCoach(actor.userId());
        }
        model.addAttribute("group", form);
        return "group/list";
    }

    @PostMapping("/groups")
    String create(@Valid @ModelAttribute("group") GroupForm form, BindingResult result, Actor actor, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasFieldErrors("coach") && !accounts.isMember(form.getCoach(), Role.COACH)) {
            result.rejectValue("coach", "candidate.coach.unknown");
        }
        if (!result.hasErrors()) {
            try {
                LearningGroup group = groups.create(form.getName(), form.getCoach(), actor);
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("group.created", group.getName()));
                return "redirect:/groups/" + group.getId();
            } catch (DuplicateGroupNameException e) {
                result.rejectValue("name", "placement.group.duplicate");
            } catch (NotPermittedException e) {
                result.rejectValue("coach", "group.coach.notYou");
            }
        }
        model.addAttribute("groups", groups.all());
        return "group/list";
    }

    @GetMapping("/groups/{groupId}")
    String show(@PathVariable long groupId, Actor actor, Model model) {
        SessionForm form = new SessionForm();
        form.setStartsAt(LocalDate.now(clock).plusDays(7).atTime(9, 30));
        // Not "session": the page would read ${session} as the HTTP session, and the topic would lose its maxlength.
        model.addAttribute("sessionForm", form);
        return showGroup(groupId, actor, model);
    }

    @PostMapping("/groups/{groupId}/sessions")
    String planSession(@PathVariable long groupId, @Valid @ModelAttribute("sessionForm") SessionForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        // Whoever does not lead the group is refused by the service (403), like the group's page itself.
        if (!result.hasErrors()) {
            try {
                // The form has refused a time the clocks skip; one the autumn night has twice is its first occurrence.
                sessions.plan(groupId, WallClock.instantOf(form.getStartsAt(), clock.getZone()),
                        form.getDurationMinutes(), form.getTopic(), actor);
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("group.sessionPlanned"));
                return "redirect:/groups/" + groupId;
            } catch (SessionInThePastException e) {
                // The day window on the form lets today through; the domain refuses an hour already past.
                result.rejectValue("startsAt", e.messageKey());
            }
        }
        return showGroup(groupId, actor, model);
    }

    /**
     * A group's page names its members: only its coach and the coordinators see it, as a coach sees only the
     * candidates of their own caseload and groups.
     */
    private String showGroup(long groupId, Actor actor, Model model) {
        LearningGroup group = groups.group(groupId);
        if (!actor.has(Role.COORDINATOR) && !actor.userId().equals(group.getCoach())) {
            throw new NotPermittedException(actor.userId(), "see the members of group " + groupId);
        }
        model.addAttribute("learningGroup", group);
        List<Trajectory> memberList = members.of(groupId);
        List<CollectiveSession> sessionList = groups.sessionsOf(groupId);
        model.addAttribute("members", memberList);
        model.addAttribute("sessions", sessionList);
        model.addAttribute("registered", sessionList.stream().filter(CollectiveSession::isAttendanceRegistered)
                .toList());
        model.addAttribute("presentCounts", presentCounts(memberList, sessionList));
        return "group/show";
    }

    /** Per member (trajectory id): the registered sessions they attended, and those registered for them. */
    private static Map<Long, int[]> presentCounts(List<Trajectory> memberList, List<CollectiveSession> sessionList) {
        Map<Long, int[]> counts = new HashMap<>();
        for (Trajectory m : memberList) {
            int present = 0;
            int registered = 0;
            for (CollectiveSession s : sessionList) {
                Presence p = s.getAttendance().get(m.getId());
                if (p != null) {
                    registered++;
                    present += p == Presence.PRESENT ? 1 : 0;
                }
            }
            counts.put(m.getId(), new int[]{present, registered});
        }
        return counts;
    }
}
