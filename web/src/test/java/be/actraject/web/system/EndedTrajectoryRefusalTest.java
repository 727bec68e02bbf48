package be.actraject.web.system;

import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.trajectory.TrajectoryEndedException;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

/**
 * A change asked of a trajectory that has ended (a link in the agenda, a form left open across the exit), wherever
 * a service finds it out: the refusal's page or the form's page with the message, never the 500 page.
 */
@WebMvcTest(EndedTrajectoryRefusalTest.Ending.class)
@Import({WebSliceConfiguration.class, EndedTrajectoryRefusalTest.Ending.class})
class EndedTrajectoryRefusalTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;

    @Test
    void aPageOfAnEndedTrajectoryIsA409ThatSaysItEnded() throws Exception {
        mvc.perform(get("/ended").with(SignedIn.coach()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Dit traject is afgelopen")));
    }

    @Test
    void aFormSentToAnEndedTrajectoryGoesBackWithTheMessage() throws Exception {
        mvc.perform(post("/ended").with(csrf()).with(SignedIn.coach())
                        .header("Referer", "http://localhost/candidates/7"))
                .andExpect(redirectedUrl("/candidates/7"))
                .andExpect(flashMessage("trajectory.ended"));
    }

    /** A versioned row changed by someone else between reading and writing, found at the flush or the commit. */
    @Test
    void aFormCrossedByAColleaguesChangeGoesBackWithTheMessageNotA500() throws Exception {
        mvc.perform(post("/crossed").with(csrf()).with(SignedIn.coach())
                        .header("Referer", "http://localhost/candidates/7/invoices/3"))
                .andExpect(redirectedUrl("/candidates/7/invoices/3"))
                .andExpect(flashMessage("refused.changedMeanwhile"));
    }

    @Controller
    static class Ending {

        @PostMapping("/crossed")
        String crossed() {
            throw new ObjectOptimisticLockingFailureException("Invoice", 3L);
        }


        @GetMapping("/ended")
        String show() {
            throw new TrajectoryEndedException(70L);
        }

        @PostMapping("/ended")
        String change() {
            throw new TrajectoryEndedException(70L);
        }
    }
}
