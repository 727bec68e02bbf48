package be.actraject.web.exploration;

import be.actraject.bpmn.exploration.ExplorationTasks;
import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.group.DuplicateGroupNameException;
import be.actraject.domain.group.LearningGroups;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static be.actraject.web.support.WorkItemFixture.task;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(PlacementController.class)
@Import(WebSliceConfiguration.class)
class PlacementControllerTest {

    private static final String URL = "/tasks/t1/learning-group-placement";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    ExplorationTasks exploration;
    @MockitoBean
    LearningGroups groups;
    @MockitoBean
    Accounts accounts;

    @BeforeEach
    void theCoordinatorHoldsThePlacement() {
        given(workItems.find(eq("t1"), any()))
                .willReturn(task("t1", UserTask.LEARNING_GROUP_PLACEMENT, "coordinator"));
        given(accounts.isMember("coach", Role.COACH)).willReturn(true);
    }

    private static MockHttpServletRequestBuilder place() {
        return post(URL).with(csrf()).with(SignedIn.coordinator());
    }

    @Test
    void theScreenOffersTheGroupsAndANewOne() throws Exception {
        mvc.perform(get(URL).with(SignedIn.coordinator()))
                .andExpect(status().isOk())
                .andExpect(view().name("exploration/placement"))
                .andExpect(model().attributeExists("placement", "groups", "coaches", "people"))
                .andExpect(content().string(containsString("Een nieuwe leergroep (hieronder)")));
    }

    @Test
    void anExistingGroupReachesTheService() throws Exception {
        mvc.perform(place().param("groupId", "12"))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flashMessage("task.completed"));
        verify(exploration).placeInGroup(eq("t1"), eq(12L), any());
    }

    @Test
    void aNewGroupReachesTheServiceWithItsNameAndCoach() throws Exception {
        mvc.perform(place().param("groupId", "").param("newGroupName", "Groep maart").param("newGroupCoach", "coach"))
                .andExpect(redirectedUrl("/tasks"));
        verify(exploration).placeInNewGroup(eq("t1"), eq("Groep maart"), eq("coach"), any());
    }

    @Test
    void aNewGroupWithoutNameOrWithAnUnknownCoachComesBackWithBothMessages() throws Exception {
        mvc.perform(place().param("groupId", "").param("newGroupName", " ").param("newGroupCoach", "nobody"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("placement", "newGroupName", "placement.group.required"))
                .andExpect(model().attributeHasFieldErrorCode("placement", "newGroupCoach", "candidate.coach.unknown"))
                .andExpect(content().string(containsString("Kies een coach uit de lijst.")));
        verify(exploration, never()).placeInNewGroup(any(), any(), any(), any());
        verify(exploration, never()).placeInGroup(any(), anyLong(), any());
    }

    @Test
    void aNameAlreadyTakenIsToldBesideTheNameAndKept() throws Exception {
        willThrow(new DuplicateGroupNameException("Groep maart")).given(exploration)
                .placeInNewGroup(any(), any(), any(), any());

        mvc.perform(place().param("newGroupName", "Groep maart").param("newGroupCoach", "coach"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("placement", "newGroupName", "placement.group.duplicate"))
                .andExpect(content().string(containsString("Er bestaat al een leergroep met deze naam.")))
                .andExpect(content().string(containsString("value=\"Groep maart\"")));
    }

    @Test
    void aCoachMayNotPlaceInAGroupForTheCoordinator() throws Exception {
        mvc.perform(post(URL).with(csrf()).with(SignedIn.coach()).param("groupId", "12"))
                .andExpect(status().isForbidden());
        verify(exploration, never()).placeInGroup(any(), anyLong(), any());
    }
}
