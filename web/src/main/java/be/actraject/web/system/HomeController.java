package be.actraject.web.system;

import be.actraject.domain.access.Actor;
import be.actraject.workflow.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page is where each role's day starts: the worklist for coaches, the candidates for the others. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Actor actor) {
        boolean hasTasks = actor.has(Role.COACH) || actor.has(Role.COORDINATOR) || actor.has(Role.OFFICE);
        return hasTasks ? "redirect:/tasks" : "redirect:/candidates";
    }
}
