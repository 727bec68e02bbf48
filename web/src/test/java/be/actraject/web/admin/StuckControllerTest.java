package be.actraject.web.admin;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.bpmn.watch.RepairRefusedException;
import be.actraject.bpmn.watch.RepairRefusedException.Reason;
import be.actraject.bpmn.watch.Repairs;
import be.actraject.bpmn.watch.StuckItem;
import be.actraject.bpmn.watch.StuckItem.Dossier;
import be.actraject.bpmn.watch.StuckItem.EngineElement;
import be.actraject.bpmn.watch.StuckKind;
import be.actraject.bpmn.watch.StuckList;
import be.actraject.bpmn.watch.StuckTrajectories;
import be.actraject.bpmn.watch.WatchView;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.WebSliceConfiguration;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The watch's repairs, one address each: made with a reason and back to the watch with their message; refused by the
 * repair or by their form with the sentence above the lists and what was typed kept in the row; administrators only.
 */
@WebMvcTest(StuckController.class)
@Import(WebSliceConfiguration.class)
class StuckControllerTest {

    private static final LocalDate TODAY = LocalDate.ofInstant(WebSliceConfiguration.NOW, ZoneId.of("Europe/Brussels"));
    private static final RequestPostProcessor ADMIN = SignedIn.as("admin", Role.ADMINISTRATOR);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    StuckTrajectories stuck;
    @MockitoBean
    Repairs repairs;
    @MockitoBean
    Accounts accounts;
    @MockitoBean
    WorkItems workItems;

    /** A repair as the watch posts it with everything filled in, and the service call it makes. */
    record Repair(String name, String url, Map<String, String> fields, RepairCall call) {

        MockHttpServletRequestBuilder request(String reason) {
            MockHttpServletRequestBuilder request = post(url).with(csrf()).param("reason", reason);
            fields.forEach(request::param);
            return request;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The repair's call on the service, with argument matchers (to verify or to stub). */
    interface RepairCall {
        void on(Repairs repairs);
    }

    static List<Repair> repairs() {
        return List.of(
                new Repair("retry", "/admin/stuck/jobs/job-1/retry", Map.of(),
                        r -> r.retryJob(eq("job-1"), eq("Databank was weg"), any())),
                new Repair("retryAll", "/admin/stuck/jobs/retry-all", Map.of(),
                        r -> r.retryAllFailed(eq("Databank was weg"), any())),
                new Repair("fire", "/admin/stuck/jobs/job-2/fire", Map.of(),
                        r -> r.fireTimer(eq("job-2"), eq("Databank was weg"), any())),
                new Repair("unclaim", "/admin/stuck/tasks/task-1/unclaim", Map.of(),
                        r -> r.unclaim(eq("task-1"), eq("Databank was weg"), any())),
                new Repair("reassign", "/admin/stuck/tasks/task-1/reassign", Map.of("userId", "coach2"),
                        r -> r.reassign(eq("task-1"), eq("coach2"), eq("Databank was weg"), any())),
                new Repair("escalate", "/admin/stuck/tasks/task-1/escalate", Map.of(),
                        r -> r.escalate(eq("task-1"), eq("Databank was weg"), any())),
                new Repair("postpone", "/admin/stuck/tasks/task-1/postpone",
                        Map.of("due", TODAY.plusDays(7).toString()),
                        r -> r.postpone(eq("task-1"), eq(TODAY.plusDays(7)), eq("Databank was weg"), any())),
                new Repair("move", "/admin/stuck/instances/pi-1/move",
                        Map.of("fromActivityId", "Task_A", "toActivityId", "Task_B"),
                        r -> r.moveToken(eq("pi-1"), eq("Task_A"), eq("Task_B"), eq("Databank was weg"), any())),
                new Repair("cancel", "/admin/stuck/instances/pi-1/cancel", Map.of(),
                        r -> r.cancelInstance(eq("pi-1"), eq("Databank was weg"), any())),
                new Repair("end", "/admin/stuck/trajectories/42/end", Map.of("exit", "REORIENTED"),
                        r -> r.endTrajectory(eq(42L), eq(ExitType.REORIENTED), eq("Databank was weg"), any())));
    }

    @BeforeEach
    void anEmptyWatch() {
        given(stuck.overview(any())).willReturn(watch(new EnumMap<>(StuckKind.class)));
        given(accounts.displayNames()).willReturn(Map.of("coach", "Sofie Verstraete"));
    }

    /** The overview of these items: each kind's count is its number of items here. */
    private static WatchView watch(Map<StuckKind, List<StuckItem>> items) {
        Map<StuckKind, Long> counts = new EnumMap<>(StuckKind.class);
        Map<StuckKind, StuckList> lists = new EnumMap<>(StuckKind.class);
        for (StuckKind kind : StuckKind.values()) {
            List<StuckItem> these = items.getOrDefault(kind, List.of());
            counts.put(kind, (long) these.size());
            if (!these.isEmpty()) {
                lists.put(kind, new StuckList(kind, these.size(), these, 1, 50));
            }
        }
        return new WatchView(counts, lists, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repairs")
    void aRepairWithAReasonIsMadeAndTheWatchSaysSo(Repair repair) throws Exception {
        mvc.perform(repair.request("Databank was weg").with(ADMIN))
                .andExpect(redirectedUrl("/admin/stuck"))
                .andExpect(flashMessage("stuck.repaired." + repair.name()));

        repair.call().on(verify(repairs));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repairs")
    void aRepairTheServiceRefusesShowsTheWatchWithWhy(Repair repair) throws Exception {
        repair.call().on(willThrow(new RepairRefusedException(Reason.CHANGED)).given(repairs));

        mvc.perform(repair.request("Databank was weg").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dit is intussen veranderd of verdwenen")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repairs")
    void aRepairWithoutAReasonIsRefusedByItsFormAndNothingIsRepaired(Repair repair) throws Exception {
        mvc.perform(repair.request(" ").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Geef een reden voor de herstelling.")));

        verifyNoInteractions(repairs);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repairs")
    void onlyAdministratorsRepairAndOnlyWithTheCsrfToken(Repair repair) throws Exception {
        for (RequestPostProcessor someone : List.of(SignedIn.coach(), SignedIn.coordinator(), SignedIn.office())) {
            mvc.perform(repair.request("Databank was weg").with(someone)).andExpect(status().isForbidden());
        }
        MockHttpServletRequestBuilder withoutToken = post(repair.url()).param("reason", "Databank was weg");
        repair.fields().forEach(withoutToken::param);
        mvc.perform(withoutToken.with(ADMIN)).andExpect(status().isForbidden());

        verifyNoInteractions(repairs);
    }

    @Test
    void aRefusedHandOverKeepsWhatWasTypedInItsRow() throws Exception {
        given(stuck.overview(any())).willReturn(watch(Map.of(StuckKind.UNCLAIMED_TASK, List.of(StuckItem.unclaimedTask(
                new Dossier(42L, 7L, "Kobe Janssens"),
                EngineElement.task("pi-1", "Task_A", "task-1", "Gesprek", null), Instant.parse("2026-11-01T10:00:00Z"))))));
        willThrow(new RepairRefusedException(Reason.NO_SUCH_USER)).given(repairs)
                .reassign(anyString(), anyString(), anyString(), any());

        String page = mvc.perform(post("/admin/stuck/tasks/task-1/reassign").with(csrf()).with(ADMIN)
                        .param("reason", "Overnemen").param("userId", "niemand"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Die gebruiker bestaat niet; er werd niets gewijzigd.", "value=\"Overnemen\"",
                "value=\"niemand\"", "Kobe Janssens");
    }

    @Test
    void aKeptLookSaysWhenItWasCheckedAndAFreshOneSaysNothing() throws Exception {
        WatchView fresh = watch(Map.of());
        given(stuck.overview(any())).willReturn(new WatchView(fresh.counts(), fresh.lists(), null, 2400,
                Instant.parse("2026-11-20T09:30:00Z")));

        String kept = mvc.perform(get("/admin/stuck").with(ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // 09:30 UTC is 10:30 in Brussels.
        assertThat(kept).contains("Nagekeken om 10:30", "een herstelling hier telt meteen mee");

        given(stuck.overview(any())).willReturn(fresh);
        mvc.perform(get("/admin/stuck").with(ADMIN))
                .andExpect(content().string(not(containsString("Nagekeken om"))));

        // A kind's page is kept as the overview is, and says so the same way.
        given(stuck.ofKind(any(), eq(StuckKind.IDLE), eq(1))).willReturn(new WatchView(fresh.counts(), fresh.lists(),
                StuckKind.IDLE, 2400, Instant.parse("2026-11-20T09:31:00Z")));
        mvc.perform(get("/admin/stuck").param("kind", "IDLE").with(ADMIN))
                .andExpect(content().string(containsString("Nagekeken om 10:31")));
    }

    @Test
    void anAddressWithAMistypedParameterShowsThePageWithoutIt() throws Exception {
        mvc.perform(get("/admin/stuck").param("page", "abc").with(ADMIN))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/stuck"));
        mvc.perform(get("/admin/stuck?kind=NOPE&page=2").with(ADMIN))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/stuck?page=2"));
        mvc.perform(get("/admin/stuck?kind=FAILED_JOB&page=%C3%A9%C3%A9").with(ADMIN))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/stuck?kind=FAILED_JOB"));
        // A form's field that does not read is no link to forgive: the 400 page, nothing repaired.
        mvc.perform(post("/admin/stuck/jobs/retry-all").with(csrf()).with(ADMIN).param("returnPage", "x"))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(repairs);
    }

    @Test
    void aHandOverNeedsSomeoneToHandItTo() throws Exception {
        mvc.perform(post("/admin/stuck/tasks/task-1/reassign").with(csrf()).with(ADMIN).param("reason", "Overnemen"))
                .andExpect(content().string(containsString("Die gebruiker bestaat niet")));
        verifyNoInteractions(repairs);
    }

    @Test
    void aMoveNeedsAnActivityToMoveTo() throws Exception {
        mvc.perform(post("/admin/stuck/instances/pi-1/move").with(csrf()).with(ADMIN).param("reason", "Terug")
                        .param("fromActivityId", "Task_A"))
                .andExpect(content().string(containsString("Die activiteit bestaat niet")));
        verifyNoInteractions(repairs);
    }

    @Test
    void anEndNeedsItsExit() throws Exception {
        mvc.perform(post("/admin/stuck/trajectories/42/end").with(csrf()).with(ADMIN).param("reason", "Verloren")
                        .param("exit", ""))
                .andExpect(content().string(containsString("Kies hoe het traject eindigt.")));
        verify(repairs, never()).endTrajectory(anyLong(), any(), any(), any());
    }

    @Test
    void aNewDueDateIsADayFromTodayWithinSixMonths() throws Exception {
        for (String due : List.of(TODAY.minusDays(1).toString(), TODAY.plusMonths(7).toString())) {
            mvc.perform(post("/admin/stuck/tasks/task-1/postpone").with(csrf()).with(ADMIN).param("reason", "Later")
                            .param("due", due))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(
                            "Geef een vervaldatum van 20/11/2026 tot en met 20/05/2027.")));
        }
        mvc.perform(post("/admin/stuck/tasks/task-1/postpone").with(csrf()).with(ADMIN).param("reason", "Later"))
                .andExpect(content().string(containsString("Geef een vervaldatum vandaag of later.")));
        mvc.perform(post("/admin/stuck/tasks/task-1/postpone").with(csrf()).with(ADMIN).param("reason", "Later")
                        .param("due", "2027-02-30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Geef een geldige datum.")));
        verifyNoInteractions(repairs);
    }

    @Test
    void eachRowPostsItsRepairsToTheirOwnAddresses() throws Exception {
        Map<StuckKind, List<StuckItem>> items = new EnumMap<>(StuckKind.class);
        items.put(StuckKind.FAILED_JOB, List.of(StuckItem.failedJob(Dossier.UNKNOWN,
                EngineElement.job("pi-9", "Service_Broken", "job-9"), WebSliceConfiguration.NOW, "kapot")));
        items.put(StuckKind.OVERDUE_TASK, List.of(StuckItem.overdueTask(Dossier.unknown(41L),
                EngineElement.task("pi-8", "Task_A", "task-8", "Gesprek", "coach"), WebSliceConfiguration.NOW)));
        items.put(StuckKind.NO_PROCESS, List.of(StuckItem.noProcess(new Dossier(43L, 8L, "Pieter Willems"))));
        items.put(StuckKind.UNSENT_MESSAGE, List.of(StuckItem.unsentMessage(Dossier.UNKNOWN,
                EngineElement.waiting("pi-7", "Wait_Message"), WebSliceConfiguration.NOW, "never-sent")));
        given(stuck.overview(any())).willReturn(watch(items));

        String page = mvc.perform(get("/admin/stuck").with(ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("/admin/stuck/jobs/retry-all", "/admin/stuck/jobs/job-9/retry",
                "/admin/stuck/instances/pi-9/move", "/admin/stuck/tasks/task-8/unclaim",
                "/admin/stuck/tasks/task-8/reassign", "/admin/stuck/tasks/task-8/escalate",
                "/admin/stuck/tasks/task-8/postpone", "/admin/stuck/trajectories/43/end",
                "/admin/stuck/instances/pi-7/cancel", "(Sofie Verstraete)", "Pieter Willems", "never-sent",
                "name=\"_csrf\"");
        assertThat(page).doesNotContain("name=\"action\"");
    }

    @Test
    void theOverviewShowsEveryKindsCountAndLinksToTheKindsOwnPages() throws Exception {
        StuckItem first = StuckItem.unclaimedTask(new Dossier(42L, 7L, "Kobe Janssens"),
                EngineElement.task("pi-1", "Task_A", "task-1", "Gesprek", null), WebSliceConfiguration.NOW);
        Map<StuckKind, Long> counts = new EnumMap<>(StuckKind.class);
        for (StuckKind kind : StuckKind.values()) {
            counts.put(kind, 0L);
        }
        counts.put(StuckKind.UNCLAIMED_TASK, 120L);
        given(stuck.overview(any())).willReturn(new WatchView(counts, Map.of(StuckKind.UNCLAIMED_TASK,
                new StuckList(StuckKind.UNCLAIMED_TASK, 120, List.of(first), 1, 50)), null));

        String page = mvc.perform(get("/admin/stuck").with(ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-kind=\"UNCLAIMED_TASK\" data-count=\"120\"",
                "data-kind=\"IDLE\" data-count=\"0\"", "De eerste 1 van 120", "Alle 120 tonen",
                "href=\"/admin/stuck?kind=UNCLAIMED_TASK\"", "Kobe Janssens");
    }

    @Test
    void aKindsPageShowsItsRowsWithThePagesBeforeAndAfter() throws Exception {
        StuckItem item = StuckItem.overdueTask(Dossier.unknown(41L),
                EngineElement.task("pi-8", "Task_A", "task-8", "Gesprek", "coach"), WebSliceConfiguration.NOW);
        given(stuck.ofKind(any(), eq(StuckKind.OVERDUE_TASK), eq(2))).willReturn(new WatchView(
                Map.of(StuckKind.OVERDUE_TASK, 120L), Map.of(StuckKind.OVERDUE_TASK,
                new StuckList(StuckKind.OVERDUE_TASK, 120, List.of(item), 2, 50)), StuckKind.OVERDUE_TASK));

        String page = mvc.perform(get("/admin/stuck").param("kind", "OVERDUE_TASK").param("page", "2").with(ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Pagina 2 van 3", "/admin/stuck?kind=OVERDUE_TASK&amp;page=1",
                "/admin/stuck?kind=OVERDUE_TASK&amp;page=3", "/admin/stuck/tasks/task-8/postpone",
                "Terug naar het overzicht");
    }

    /** The tester's finding: a repair from a kind's later page came back to the overview, where its row is not. */
    @Test
    void aRepairFromAKindsPageComesBackToThatPageRefusedOrDone() throws Exception {
        StuckItem item = StuckItem.overdueTask(Dossier.unknown(41L),
                EngineElement.task("pi-8", "Task_A", "task-8", "Gesprek", "coach"), WebSliceConfiguration.NOW);
        given(stuck.ofKind(any(), eq(StuckKind.OVERDUE_TASK), eq(2))).willReturn(new WatchView(
                Map.of(StuckKind.OVERDUE_TASK, 120L), Map.of(StuckKind.OVERDUE_TASK,
                new StuckList(StuckKind.OVERDUE_TASK, 120, List.of(item), 2, 50)), StuckKind.OVERDUE_TASK));

        String kindsPage = mvc.perform(get("/admin/stuck").param("kind", "OVERDUE_TASK").param("page", "2")
                .with(ADMIN)).andReturn().getResponse().getContentAsString();
        assertThat(kindsPage).contains("name=\"returnKind\" value=\"OVERDUE_TASK\"",
                "name=\"returnPage\" value=\"2\"");

        willThrow(new RepairRefusedException(Reason.NO_SUCH_USER)).given(repairs)
                .reassign(anyString(), anyString(), anyString(), any());
        String refused = mvc.perform(post("/admin/stuck/tasks/task-8/reassign").with(csrf()).with(ADMIN)
                        .param("reason", "Overnemen").param("userId", "niemand")
                        .param("returnKind", "OVERDUE_TASK").param("returnPage", "2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Die gebruiker bestaat niet; er werd niets gewijzigd.", "value=\"Overnemen\"",
                "Pagina 2 van 3");

        mvc.perform(post("/admin/stuck/tasks/task-8/unclaim").with(csrf()).with(ADMIN)
                        .param("reason", "Databank was weg")
                        .param("returnKind", "OVERDUE_TASK").param("returnPage", "2"))
                .andExpect(redirectedUrl("/admin/stuck?kind=OVERDUE_TASK&page=2"));
    }

    @Test
    void onlyAdministratorsSeeTheWatch() throws Exception {
        mvc.perform(get("/admin/stuck").with(SignedIn.coordinator())).andExpect(status().isForbidden());
        verifyNoInteractions(stuck);
    }
}
