package be.actraject.web.aftercare;

import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.aftercare.SurvivalFigures;
import be.actraject.domain.aftercare.SurvivalMoment;
import be.actraject.domain.aftercare.SurvivalRow;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The survival page writes the figures the domain counts (SurvivalFiguresContract), and only for coordinators. */
@WebMvcTest(SurvivalController.class)
@Import(WebSliceConfiguration.class)
class SurvivalControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    SurvivalFigures figures;
    /** The slice's task screen helper needs it; the survival page does not. */
    @MockitoBean
    WorkItems workItems;

    @Test
    void aCoordinatorReadsPerExitYearAndTypeHowManyAreStillInBusiness() throws Exception {
        given(figures.perExitYearAndType()).willReturn(List.of(new SurvivalRow(2024, ExitType.JOINED_COOPERATIVE, 4,
                List.of(new SurvivalMoment(4, 4, 3), new SurvivalMoment(4, 3, 2), new SurvivalMoment(4, 0, 0),
                        new SurvivalMoment(0, 0, 0), new SurvivalMoment(0, 0, 0)))));

        mvc.perform(get("/reports/survival").with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ondernemerscoöperatie")))
                .andExpect(content().string(containsString("Na 12 maanden")))
                .andExpect(content().string(containsString("3 van 4 (75%)")))
                .andExpect(content().string(containsString("2 van 3 (67%)")))
                .andExpect(content().string(containsString("onbekend: 1")))
                .andExpect(content().string(containsString("geen antwoord")));
    }

    @Test
    void aMomentNoExitReachedHasNoColumnAndARowThatDidNotReachItSaysNotYet() throws Exception {
        given(figures.perExitYearAndType()).willReturn(List.of(
                new SurvivalRow(2025, ExitType.SELF_EMPLOYED, 3, List.of(new SurvivalMoment(3, 3, 2),
                        new SurvivalMoment(3, 2, 2), new SurvivalMoment(1, 1, 1), new SurvivalMoment(0, 0, 0),
                        new SurvivalMoment(0, 0, 0))),
                new SurvivalRow(2023, ExitType.SELF_EMPLOYED, 2, List.of(new SurvivalMoment(2, 2, 2),
                        new SurvivalMoment(2, 2, 2), new SurvivalMoment(2, 2, 1), new SurvivalMoment(2, 1, 1),
                        new SurvivalMoment(0, 0, 0)))));

        mvc.perform(get("/reports/survival").with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Na 24 maanden")))
                .andExpect(content().string(not(containsString("Na 36 maanden"))))
                .andExpect(content().string(containsString("nog niet")))
                .andExpect(content().string(containsString("1 van 1 (100%)")))
                .andExpect(content().string(containsString("al zo lang geleden: 1")));
    }

    @Test
    void anAdministratorReadsThemToo() throws Exception {
        given(figures.perExitYearAndType()).willReturn(List.of());

        mvc.perform(get("/reports/survival").with(SignedIn.as("admin", Role.ADMINISTRATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nog geen uitstroom.")));
    }

    @Test
    void aCoachMayNotReadFiguresOverEveryCaseload() throws Exception {
        mvc.perform(get("/reports/survival").with(SignedIn.coach()))
                .andExpect(status().isForbidden());
        verifyNoInteractions(figures);
    }
}
