package be.actraject.domain.training;

import be.actraject.domain.belgium.EnterpriseNumber;

import java.util.Objects;

/**
 * A provider as typed: its name and enterprise number (already read with {@link EnterpriseNumber#parse}, which
 * refuses a wrong one), and how to reach its contact person; blanks are no value.
 */
public record ProviderDraft(String name, String contactPerson, String email, String phone,
                            EnterpriseNumber enterpriseNumber) {

    public ProviderDraft {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A provider has a name");
        }
        Objects.requireNonNull(enterpriseNumber, "enterpriseNumber");
    }
}
