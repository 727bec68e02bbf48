package be.actraject.web.candidate;

import be.actraject.bpmn.identity.Account;
import be.actraject.bpmn.identity.Accounts;
import be.actraject.domain.access.Actor;
import be.actraject.domain.candidate.SearchKeys;
import be.actraject.domain.find.CandidateList;
import be.actraject.domain.group.LearningGroups;
import be.actraject.domain.trajectory.TrajectoryStatus;
import be.actraject.web.find.Statuses;
import be.actraject.workflow.Role;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The model of the candidate list: one page of the filtered list (five statements, {@link CandidateList}), the
 * names of people, the coaches and groups to filter by — the same few statements whatever the caseload's size.
 */
@Component
class CandidateListPage {

    private final CandidateList list;
    private final Statuses statuses;
    private final Accounts accounts;
    private final LearningGroups groups;
    private final Clock clock;

    CandidateListPage(CandidateList list, Statuses statuses, Accounts accounts, LearningGroups groups, Clock clock) {
        this.list = list;
        this.statuses = statuses;
        this.accounts = accounts;
        this.groups = groups;
        this.clock = clock;
    }

    void fill(CandidateListForm form, BindingResult result, Actor actor, Model model) {
        List<Account> coaches = accounts.members(Role.COACH);
        model.addAttribute("candidatePage", list.list(form.toFilter(result), actor, statuses.aftercareSince(),
                byName(coaches)));
        model.addAttribute("statusValues", TrajectoryStatus.values());
        model.addAttribute("sizes", CandidateListForm.SIZES);
        model.addAttribute("people", accounts.displayNames());
        model.addAttribute("coaches", coaches);
        model.addAttribute("groups", groups.all());
        model.addAttribute("today", LocalDate.now(clock));
    }

    /** The coaches' user ids in the order the candidates' names sort in (folded: accents and case do not count). */
    private static List<String> byName(List<Account> coaches) {
        return coaches.stream()
                .sorted(Comparator.comparing((Account a) -> SearchKeys.sortName(a.firstName(), a.lastName()))
                        .thenComparing(Account::userId))
                .map(Account::userId).toList();
    }
}
