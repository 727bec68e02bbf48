package be.actraject.web.sector;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.access.Actor;
import be.actraject.domain.sector.DuplicateExpertException;
import be.actraject.domain.sector.Expert;
import be.actraject.domain.sector.ExpertEntry;
import be.actraject.domain.sector.Experts;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ExpertController.class)
@Import(WebSliceConfiguration.class)
class ExpertControllerTest {

    private static final Actor COACH = Actor.of("coach", Role.COACH);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    Experts experts;
    @MockitoBean
    Accounts accounts;

    private static MockHttpServletRequestBuilder register(String name, String note) {
        return post("/experts/new").with(csrf()).with(SignedIn.coach()).param("name", name)
                .param("field", "Boekhouding horeca").param("organisation", "Unizo")
                .param("email", "marc@boekhouding.be").param("phone", "09 123 45 67").param("note", note);
    }

    @Test
    void anExpertIsRegisteredAndTheRegisterSaysSo() throws Exception {
        Expert expert = mock(Expert.class);
        given(expert.getName()).willReturn("Marc Peeters");
        given(experts.register(any(), any())).willReturn(expert);

        mvc.perform(register("Marc\u00A0Peeters", "Kent de sector"))
                .andExpect(redirectedUrl("/experts"))
                .andExpect(flashMessage("expert.registered", "Marc Peeters"));
        verify(experts).register(new ExpertEntry("Marc Peeters", "Boekhouding horeca", "Unizo",
                "marc@boekhouding.be", "09 123 45 67", "Kent de sector"), COACH);
    }

    @Test
    void aNameOfNoBreakSpacesOnlyIsBlankAndTheRestIsKept() throws Exception {
        mvc.perform(register("\u00A0\u00A0\u202F", "Kent de sector"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("expert", "name", "NotBlank"))
                .andExpect(content().string(containsString("Vul dit veld in.")))
                .andExpect(content().string(containsString("value=\"Boekhouding horeca\"")));
        verify(experts, never()).register(any(), any());
    }

    @Test
    void aSeventyFiveLetterWordIsANameLikeAnother() throws Exception {
        String word = "Hottentottententententoonstellingsterreinsbewakingsdienstverlenersvakbonds";
        Expert expert = mock(Expert.class);
        given(expert.getName()).willReturn(word);
        given(experts.register(any(), any())).willReturn(expert);

        mvc.perform(register(word, null)).andExpect(redirectedUrl("/experts"));
        verify(experts).register(eq(new ExpertEntry(word, "Boekhouding horeca", "Unizo", "marc@boekhouding.be",
                "09 123 45 67", null)), eq(COACH));
    }

    @Test
    void aNoteOverItsColumnComesBackWithTheTextKept() throws Exception {
        String note = "Helpt starters met hun eerste btw-aangifte. ".repeat(25);

        mvc.perform(register("Marc Peeters", note))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("expert", "note", "Size"))
                .andExpect(content().string(containsString("Gebruik hoogstens 1.000 tekens.")))
                .andExpect(content().string(containsString(note.strip())));
        verify(experts, never()).register(any(), any());
    }

    @Test
    void anEmailInTheRegisterAlreadyIsTheEmailFieldsMessage() throws Exception {
        given(experts.register(any(), any())).willThrow(new DuplicateExpertException("marc@boekhouding.be"));

        mvc.perform(register("Marc Peeters", null))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("expert", "email", "expert.duplicate"))
                .andExpect(content().string(containsString(
                        "Er staat al een expert met e-mailadres marc@boekhouding.be in het register.")))
                .andExpect(content().string(containsString("value=\"Marc Peeters\"")));
    }

    @Test
    void theRegisterIsSearchedWithTheWordsTyped() throws Exception {
        Expert expert = mock(Expert.class);
        given(expert.getId()).willReturn(4L);
        given(expert.getName()).willReturn("An Bakkers");
        given(expert.getField()).willReturn("Brood en banket");
        given(expert.getEmail()).willReturn("an@example.be");
        given(expert.getRegisteredBy()).willReturn("coach");
        given(experts.search(eq("banket"), any())).willReturn(List.of(expert));

        mvc.perform(get("/experts").param("q", " banket ").with(SignedIn.coach()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("An Bakkers")))
                .andExpect(content().string(containsString("href=\"/experts/4\"")));
    }
}
