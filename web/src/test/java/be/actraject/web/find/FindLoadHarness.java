package be.actraject.web.find;

import be.actraject.domain.access.Actor;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.web.support.PageTimer;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.StatementCounter;
import be.actraject.workflow.Phase;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * A load harness, not a test (its name keeps it out of {@code mvn verify}; run it with the README's command): how
 * the time of the candidate list, the search and the agenda grows with the number of candidates, every size in the
 * same run and the same database. Sizes: {@code -Dharness.sizes=300,3000} (candidates in the whole cooperative;
 * one in ten is the measured coach's, the rest belong to nine colleagues or wait in the pool). Prints per page the
 * statements of one request, the median and 95th percentile of repeated requests, and at the end the growth of the
 * median from the first size to the last.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:find-load;DB_CLOSE_DELAY=-1",
        "camunda.bpm.generate-unique-process-engine-name=true",
        "camunda.bpm.job-execution.enabled=false",
        "actraject.demo-data=false",
        "logging.level.root=WARN"})
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class FindLoadHarness {

    private static final Actor COORDINATOR = Actor.of("flcoordinator", Role.COORDINATOR);
    private static final String[] FIRST = {"Çağrı", "Anaïs", "Jan", "Mohammed", "Fatima", "Zoë", "Ngọc", "Pieter",
            "Ewa", "Kofi", "Marie-Lou", "Aleksandr"};
    private static final String[] LAST = {"Yılmaz", "Van den Broeck", "Peeters", "El Amrani", "Nowak", "Dubois",
            "Nguyễn", "De Smet", "Janssens", "Mensah", "Vanderhaegen", "Ivanov"};
    private static final Phase[] PHASES = {Phase.INTAKE, Phase.EXPLORATION, Phase.PROSPECTING, Phase.INVOICING};

    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    CandidateRegistration registration;
    @Autowired
    TrajectoryProgress progress;

    private final Random random = new Random(42);
    private int registered;

    @Test
    void measure() throws Exception {
        int[] sizes = Arrays.stream(System.getProperty("harness.sizes", "300,3000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        PageTimer timer = new PageTimer(mvc, 20, Integer.getInteger("harness.repeats", 40));
        RequestPostProcessor coach = SignedIn.as("flcoach0", Role.COACH);
        RequestPostProcessor coordinator = SignedIn.as("flcoordinator", Role.COORDINATOR);
        Map<String, Double> firstMedian = new LinkedHashMap<>();
        Map<String, Double> lastMedian = new LinkedHashMap<>();
        System.out.println("candidates | page                          | statements | median ms | p95 ms | kB");
        growTo(sizes[0]);
        measureAll(timer, coach, coordinator); // a round to warm the JIT, so that the first size is not its victim
        for (int size : sizes) {
            growTo(size);
            Map<String, PageTimer.Measure> pages = measureAll(timer, coach, coordinator);
            for (var page : pages.entrySet()) {
                PageTimer.Measure m = page.getValue();
                System.out.printf("%10d | %-29s | %10d | %9.1f | %6.1f | %5d%n", size, page.getKey(), m.statements(),
                        m.medianMs(), m.p95Ms(), m.bytes() / 1024);
                firstMedian.putIfAbsent(page.getKey(), m.medianMs());
                lastMedian.put(page.getKey(), m.medianMs());
            }
        }
        System.out.printf("growth of the median from %d to %d candidates:%n", sizes[0], sizes[sizes.length - 1]);
        firstMedian.forEach((page, first) -> System.out.printf("  %-29s %5.1f×%n", page,
                lastMedian.get(page) / first));
    }

    private Map<String, PageTimer.Measure> measureAll(PageTimer timer, RequestPostProcessor coach,
                                                  RequestPostProcessor coordinator) throws Exception {
        Map<String, PageTimer.Measure> pages = new LinkedHashMap<>();
        pages.put("list, coach, by name", timer.measure("/candidates", coach));
        pages.put("list, coordinator, by coach", timer.measure("/candidates?sort=COACH", coordinator));
        pages.put("list, coordinator, page 5", timer.measure("/candidates?page=4&size=50", coordinator));
        pages.put("list, status + text", timer.measure("/candidates?status=EXPLORATION&q=jan", coordinator));
        pages.put("suggestions, 2 letters", timer.measure("/search/suggestions?q=ca", coach));
        pages.put("suggestions, phone", timer.measure("/search/suggestions?q=0470%2012", coordinator));
        pages.put("results, name", timer.measure("/search?q=peeters", coordinator));
        pages.put("agenda, coach, month", timer.measure("/agenda?view=month", coach));
        return pages;
    }

    /** Registers candidates until there are {@code total}, spread over ten coaches, the pool and the four phases. */
    private void growTo(int total) {
        LocalDate today = LocalDate.now(clock);
        while (registered < total) {
            registered++;
            int owner = registered % 11;
            String coach = owner == 10 ? null : "flcoach" + owner;
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            CandidateDetails details = new CandidateDetails(first, last + " " + registered,
                    "kandidaat" + registered + "@example.be", "0470 %02d %02d %02d".formatted(
                    random.nextInt(100), random.nextInt(100), random.nextInt(100)), null, null, null,
                    LocalDate.of(1970 + random.nextInt(35), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    "FL%07d".formatted(registered), today.minusDays(random.nextInt(170)), "Idee " + registered);
            long id = registration.register(details, coach, COORDINATOR).getId();
            Phase phase = PHASES[random.nextInt(PHASES.length)];
            if (phase != Phase.INTAKE) {
                progress.enterPhase(id, phase);
            }
        }
    }
}
