package be.actraject.web.admin;

import be.actraject.bpmn.identity.AccountAdministration;
import be.actraject.bpmn.identity.UserNames;
import be.actraject.workflow.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.EnumSet;
import java.util.Set;

/** A new account as typed. */
public class AccountForm {

    @NotBlank
    @Pattern(regexp = "^[a-z0-9._-]{2,40}$")
    @Size(max = 40)
    private String userId;
    @NotBlank
    @Size(max = 100)
    private String firstName;
    @NotBlank
    @Size(max = 100)
    private String lastName;
    @Email
    @Size(max = 254)
    private String email;
    @NotBlank
    @Size(min = AccountAdministration.MINIMUM_PASSWORD_LENGTH, max = 200)
    private String password;
    @NotEmpty
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    public String getUserId() {
        return userId;
    }

    /** Without the invisible spaces a pasted name brings along, as sign-in reads it, before it is validated. */
    public void setUserId(String userId) {
        this.userId = UserNames.normalise(userId);
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }
}
