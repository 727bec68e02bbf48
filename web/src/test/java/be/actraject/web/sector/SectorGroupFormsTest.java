package be.actraject.web.sector;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.sector.SectorGroup;
import be.actraject.domain.sector.SectorGroupChanges;
import be.actraject.domain.sector.SectorGroupClosedException;
import be.actraject.domain.sector.SectorGroups;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

/** A sector group's forms: a contact person left unchosen, and closing it once and a second time. */
@WebMvcTest({SectorGroupController.class, SectorGroupEditController.class})
@Import(WebSliceConfiguration.class)
class SectorGroupFormsTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    SectorGroups groups;
    @MockitoBean
    SectorGroupChanges changes;
    @MockitoBean
    Accounts accounts;

    @Test
    void aContactPersonLeftUnchosenIsAskedForAsAChoiceWithWhatWasTypedKept() throws Exception {
        mvc.perform(post("/sector-groups").with(csrf()).with(SignedIn.coordinator())
                        .param("name", "Çağrı\u00A0Horeca").param("sector", "I — Horeca").param("contactPerson", "")
                        .param("description", "Regel 1\u00A0\r\nRegel 2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies een contactpersoon.")))
                // The text area's lines stay (the domain makes them LF lines when it keeps them).
                .andExpect(content().string(containsString("\nRegel 2</textarea>")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Regel 1 Regel 2"))))
                .andExpect(content().string(containsString("value=\"&Ccedil;ağrı Horeca\"")));
    }

    /** Each click ends on the group's page, whatever the referrer: a second one says since when it is closed. */
    @Test
    void aGroupClosedAlreadyIsSaidOnItsPageNotOnTheWorklist() throws Exception {
        SectorGroup group = mock(SectorGroup.class);
        given(group.getName()).willReturn("Horeca & catering");
        given(changes.close(eq(5L), any())).willReturn(group);
        given(changes.close(eq(6L), any())).willThrow(new SectorGroupClosedException(6L, "Bouw"));

        mvc.perform(post("/sector-groups/5/close").with(csrf()).with(SignedIn.coordinator()))
                .andExpect(redirectedUrl("/sector-groups/5"))
                .andExpect(flashMessage("sector.group.closedDone", "Horeca & catering"));
        mvc.perform(post("/sector-groups/6/close").with(csrf()).with(SignedIn.coordinator()))
                .andExpect(redirectedUrl("/sector-groups/6"))
                .andExpect(flashMessage(new SectorGroupClosedException(6L, "Bouw").messageKey()));
    }
}
