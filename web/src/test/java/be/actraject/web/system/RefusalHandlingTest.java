package be.actraject.web.system;

import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.RefusedException;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A refusal no controller caught: back to the form's page with its message, or a 409 page for a GET. */
@WebMvcTest(RefusalHandlingTest.Refusing.class)
@Import({WebSliceConfiguration.class, RefusalHandlingTest.Refusing.class})
class RefusalHandlingTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;

    @Test
    void aRefusedFormGoesBackToThePageItCameFromWithTheRefusalsMessage() throws Exception {
        mvc.perform(post("/refusing").with(csrf()).with(SignedIn.coach())
                        .header("Referer", "http://localhost/candidates/7?tab=invoices"))
                .andExpect(redirectedUrl("/candidates/7?tab=invoices"))
                .andExpect(flashMessage("decision.pendingInvoices", 2));
    }

    @Test
    void aRefusedFormFromAnotherSiteGoesToTheWorklistInstead() throws Exception {
        for (String hostile : new String[]{"http://evil.example/candidates/7", "https://localhost/candidates/7",
                "http://localhost:8081/candidates/7", "http://localhost//evil.example/x", "not a url",
                "/candidates/7"}) {
            mvc.perform(post("/refusing").with(csrf()).with(SignedIn.coach()).header("Referer", hostile))
                    .andExpect(redirectedUrl(WebExceptionHandler.NO_ORIGIN))
                    .andExpect(flashMessage("decision.pendingInvoices", 2));
        }
    }

    @Test
    void aRefusedFormWithoutRefererGoesToTheWorklist() throws Exception {
        mvc.perform(post("/refusing").with(csrf()).with(SignedIn.coach()))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flashMessage("decision.pendingInvoices", 2));
    }

    @Test
    void aRefusedPageIsA409WithTheRefusalsMessage() throws Exception {
        mvc.perform(get("/refusing").with(SignedIn.coach()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("<h1 class=\"h3\">Dit kan niet</h1>")))
                .andExpect(content().string(containsString(
                        "Het traject kan niet eindigen zolang er nog 2 facturen wachten op goedkeuring")));
    }

    @Controller
    static class Refusing {

        @GetMapping("/refusing")
        String show() {
            throw new Refused();
        }

        @PostMapping("/refusing")
        String change() {
            throw new Refused();
        }
    }

    static class Refused extends RefusedException {
        Refused() {
            super("decision.pendingInvoices", "two invoices wait", 2);
        }
    }
}
