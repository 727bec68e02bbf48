package be.actraject.web.training;

import be.actraject.domain.training.TrainingModule;
import be.actraject.domain.training.TrainingMoment;

/**
 * One choice of the dossier's enrol form: a module on demand, or one moment of a dated module. Its value is
 * {@code moduleId} or {@code moduleId:momentId}, read back by {@link EnrolmentController}; a full one, or one the
 * candidate is enrolled in already (an enrolment that still stands), is shown, not chosen.
 */
public record EnrolmentOffer(TrainingModule module, TrainingMoment moment, boolean full, boolean enrolled) {

    /** Whether it can be chosen: the enrolment would be refused otherwise. */
    public boolean choosable() {
        return !full && !enrolled;
    }

    public String value() {
        return moment == null ? String.valueOf(module.getId()) : module.getId() + ":" + moment.getId();
    }
}
