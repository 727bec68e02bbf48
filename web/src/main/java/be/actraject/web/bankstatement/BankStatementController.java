package be.actraject.web.bankstatement;

import be.actraject.domain.access.Actor;
import be.actraject.domain.bankstatement.ImportResult;
import be.actraject.domain.bankstatement.StatementImports;
import be.actraject.domain.bankstatement.StatementRefusedException;
import be.actraject.domain.bankstatement.StatementReview;
import be.actraject.domain.bankstatement.StatementSummary;
import be.actraject.web.system.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;

/**
 * Uploading a bank statement, and the summary of each import: to the summary after an import (the earlier one when
 * the file was imported before), back to the upload form with the reason when the file is refused.
 */
@Controller
class BankStatementController {

    private final StatementImports imports;
    private final StatementReview review;

    BankStatementController(StatementImports imports, StatementReview review) {
        this.imports = imports;
        this.review = review;
    }

    @GetMapping("/bank-statements")
    String list(Actor actor, Model model) {
        model.addAttribute("imports", review.imports(actor));
        model.addAttribute("toReview", review.toReview(actor).size());
        model.addAttribute("maxMegabytes", StatementImports.MAX_MEGABYTES);
        return "bankstatement/list";
    }

    @PostMapping("/bank-statements")
    String upload(@RequestParam(required = false) MultipartFile file, Actor actor, RedirectAttributes redirect)
            throws IOException {
        try {
            ImportResult result = imports.importFile(file == null ? null : file.getBytes(),
                    file == null ? null : file.getOriginalFilename(), actor);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, result.alreadyImported()
                    ? Flash.warning("bankStatement.alreadyImported")
                    : Flash.success("bankStatement.imported"));
            return "redirect:/bank-statements/" + result.importId();
        } catch (StatementRefusedException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(e.messageKey(), e.messageArguments()));
            return "redirect:/bank-statements";
        }
    }

    @GetMapping("/bank-statements/{importId:\\d+}")
    String summary(@PathVariable long importId, Actor actor, Model model) {
        StatementSummary summary = review.summary(importId, actor);
        model.addAttribute("summary", summary);
        model.addAttribute("statementImport", summary.statementImport());
        return "bankstatement/summary";
    }
}
