package be.actraject.web.agenda;

import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.agenda.Agenda;
import be.actraject.domain.group.LearningGroups;
import be.actraject.web.support.WebSliceConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The agenda page's slice on the slices' fixed clock (Friday 20 November 2026), the domain's agenda mocked. */
@WebMvcTest(AgendaController.class)
@Import({WebSliceConfiguration.class, AgendaTexts.class})
abstract class AgendaSlice {

    @Autowired
    MockMvc mvc;
    /** The slice's task screen helper needs it; the agenda does not. */
    @MockitoBean
    WorkItems workItems;
    @MockitoBean
    Agenda agenda;
    @MockitoBean
    TrajectoryParameters parameters;
    @MockitoBean
    LearningGroups groups;
}
