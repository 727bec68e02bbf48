package be.actraject.web.fullstack;

import be.actraject.bpmn.task.Worklist;
import be.actraject.domain.find.CandidatePage;
import be.actraject.web.support.DemoAccounts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 16: a paged list asked for a page it does not have — an old bookmark, a typed address — shows a page it has:
 * beyond the last, the last; negative or no number, the first; a size it does not offer, the first size. Never
 * "page 100.000 of 1", never an error page.
 */
@FullStackTest
class PagedListsTest {

    @Autowired
    MockMvc mvc;

    private MockHttpSession coordinator() throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user("coordinator").password(DemoAccounts.PASSWORD))
                .andReturn().getRequest().getSession(false);
    }

    private MvcResult list(String path) throws Exception {
        MvcResult result = mvc.perform(get(path).session(coordinator())).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result;
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=99999", "page=2147483647", "page=99999&size=50", "page=99999&status=INTAKE"})
    void theCandidateListBeyondItsLastPageShowsTheLast(String query) throws Exception {
        MvcResult result = list("/candidates?" + query);
        CandidatePage page = (CandidatePage) result.getModelAndView().getModel().get("candidatePage");

        assertThat(page.page()).isEqualTo(page.pages() - 1);
        assertThat(page.rows()).hasSize((int) Math.min(page.size(), page.total() - (long) page.page() * page.size()));
        Matcher shown = Pattern.compile("Pagina ([\\d.]+) van ([\\d.]+)").matcher(result.getResponse()
                .getContentAsString());
        assertThat(shown.find()).isTrue();
        assertThat(shown.group(1)).isEqualTo(shown.group(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=-1", "page=abc", "page=", "page=1e3", "size=-3", "size=99999", "size=abc",
            "page=-2147483648&size=0"})
    void theCandidateListAskedForNoPageItHasShowsTheFirst(String query) throws Exception {
        MvcResult result = list("/candidates?" + query);
        CandidatePage page = (CandidatePage) result.getModelAndView().getModel().get("candidatePage");

        assertThat(page.page()).isZero();
        assertThat(page.size()).isIn(25, 50);
        assertThat(result.getResponse().getContentAsString()).contains("Pagina 1 van ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=99999", "page=2147483647", "page=-1", "page=abc", "page=", "scope=ALL&page=99999",
            "scope=NOSUCH&page=1e3"})
    void theWorklistAskedForAPageItDoesNotHaveShowsOneItHas(String query) throws Exception {
        MvcResult result = list("/tasks?" + query);
        Worklist worklist = (Worklist) result.getModelAndView().getModel().get("worklist");

        assertThat(worklist.query().page()).isBetween(0, worklist.pages() - 1);
        assertThat(worklist.items()).hasSize(Math.min(worklist.query().size(),
                worklist.total() - worklist.query().page() * worklist.query().size()));
    }
}
