package be.actraject.web.admin;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.domain.access.Actor;
import be.actraject.domain.audit.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The audit log for administrators: every deployment, migration and parameter change, the latest first. */
@Controller
class AuditController {

    private static final int SHOWN = 200;

    private final AuditLog audit;
    private final Accounts accounts;

    AuditController(AuditLog audit, Accounts accounts) {
        this.audit = audit;
        this.accounts = accounts;
    }

    @GetMapping("/admin/audit")
    String audit(Actor actor, Model model) {
        model.addAttribute("entries", audit.latest(SHOWN, actor));
        model.addAttribute("people", accounts.displayNames());
        model.addAttribute("shown", SHOWN);
        return "admin/audit";
    }
}
