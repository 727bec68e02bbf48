package be.actraject.web.find;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.domain.access.Actor;
import be.actraject.domain.find.Finder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The navigation's search box: the suggestions its script fetches as one types (an HTML fragment, at most
 * {@link #SUGGESTIONS} of each kind) and the results page the box's form opens without a script.
 */
@Controller
class SearchController {

    static final int SUGGESTIONS = 10;
    static final int RESULTS = 50;

    private final Finder finder;
    private final Accounts accounts;

    SearchController(Finder finder, Accounts accounts) {
        this.finder = finder;
        this.accounts = accounts;
    }

    @GetMapping("/search")
    String results(@RequestParam(defaultValue = "") String q, Actor actor, Model model) {
        String query = cut(q);
        model.addAttribute("q", query);
        model.addAttribute("tooShort", !Finder.answers(query));
        model.addAttribute("findings", finder.find(query, actor, RESULTS));
        model.addAttribute("people", accounts.displayNames());
        return "find/results";
    }

    @GetMapping("/search/suggestions")
    String suggestions(@RequestParam(defaultValue = "") String q, Actor actor, Model model) {
        String query = cut(q);
        model.addAttribute("q", query);
        model.addAttribute("findings", finder.find(query, actor, SUGGESTIONS));
        return "find/suggestions :: suggestions";
    }

    /** The box's {@code maxlength}: a longer query is cut, never refused. */
    private static String cut(String q) {
        return Finder.asTyped(q);
    }
}
