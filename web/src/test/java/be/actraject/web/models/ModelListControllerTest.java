package be.actraject.web.models;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.models.ModelCatalogue;
import be.actraject.bpmn.models.ModelDeployment;
import be.actraject.bpmn.models.ProcessModels;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 19: the model list says when its running counts were counted, when they are kept a while; not otherwise. */
@WebMvcTest(ModelsController.class)
@Import(WebSliceConfiguration.class)
class ModelListControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ProcessModels models;
    @MockitoBean
    ModelDeployment deployment;
    @MockitoBean
    Caseload caseload;
    @MockitoBean
    ModelAnswers answers;
    @MockitoBean
    Accounts accounts;
    @MockitoBean
    WorkItems workItems;

    @Test
    void keptCountsSayWhenTheyWereCountedAndFreshOnesSayNothing() throws Exception {
        given(accounts.displayNames()).willReturn(Map.of());
        given(models.catalogue(any())).willReturn(new ModelCatalogue(List.of(),
                Instant.parse("2026-11-20T09:30:00Z")));

        // 09:30 UTC is 10:30 in Brussels.
        mvc.perform(get("/models").with(SignedIn.as("coordinator", Role.COORDINATOR))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lopende instanties geteld om 10:30")));

        given(models.catalogue(any())).willReturn(new ModelCatalogue(List.of(), null));
        mvc.perform(get("/models").with(SignedIn.as("coordinator", Role.COORDINATOR))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("geteld om"))));
    }
}
