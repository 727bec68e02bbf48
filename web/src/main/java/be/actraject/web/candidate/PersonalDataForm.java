package be.actraject.web.candidate;

import be.actraject.domain.candidate.Candidate;

/**
 * The correction of a candidate's personal data as typed: the registration's person ({@link PersonForm}, its rules
 * too) and the candidate's version when the form was opened, so that a colleague's correction saved meanwhile is
 * not overwritten unseen.
 */
public class PersonalDataForm extends PersonForm {

    private long version;

    /** The form filled with the candidate as they are now. */
    static PersonalDataForm of(Candidate c) {
        PersonalDataForm form = new PersonalDataForm();
        form.setFirstName(c.getFirstName());
        form.setLastName(c.getLastName());
        form.setEmail(c.getEmail());
        form.setPhone(c.getPhone());
        form.setStreet(c.getStreet());
        form.setPostalCode(c.getPostalCode());
        form.setMunicipality(c.getMunicipality());
        form.setDateOfBirth(c.getDateOfBirth());
        form.setJobSeekerNumber(c.getJobSeekerNumber());
        form.setBusinessIdea(c.getBusinessIdea());
        form.setVersion(c.getVersion());
        return form;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
