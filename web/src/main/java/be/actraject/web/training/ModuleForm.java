package be.actraject.web.training;

import be.actraject.domain.assessment.Competency;
import be.actraject.domain.training.ModuleDraft;
import be.actraject.domain.training.Payer;
import be.actraject.domain.training.TrainingModule;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A module as typed: the cost in the user's notation ({@code 145,50}), 0 for free; no seats for unlimited. The sizes
 * are the columns of {@code training_module}.
 */
public class ModuleForm {

    @NotBlank
    @Size(max = 200)
    private String title;
    @NotNull
    private Long providerId;
    private Set<Competency> competencies = new HashSet<>();
    private boolean onDemand;
    @Size(max = 200)
    private String place;
    private boolean online;
    @NotNull
    @DecimalMin("0")
    // Two checks, so a cost too big for its column (numeric(10, 2)) is told as too big, not as too many decimals.
    @DecimalMax("99999999.99") // its message: DecimalMax.module.cost in the bundle
    @Digits(integer = Integer.MAX_VALUE, fraction = 2)
    private BigDecimal cost = BigDecimal.ZERO;
    @NotNull
    private Payer payer = Payer.COOPERATIVE;
    @Min(1)
    @Max(10000)
    private Integer seats;

    static ModuleForm of(TrainingModule m) {
        ModuleForm form = new ModuleForm();
        form.title = m.getTitle();
        form.providerId = m.getProvider().getId();
        form.competencies = new HashSet<>(m.getCompetencies());
        form.onDemand = m.isOnDemand();
        form.place = m.getPlace();
        form.online = m.isHeldOnline();
        form.cost = m.getCost();
        form.payer = m.getPayer();
        form.seats = m.getSeats();
        return form;
    }

    ModuleDraft toDraft() {
        return new ModuleDraft(title, providerId, competencies == null ? EnumSet.noneOf(Competency.class)
                : competencies, onDemand, place, online, cost, payer, seats);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public Set<Competency> getCompetencies() {
        return competencies;
    }

    public void setCompetencies(Set<Competency> competencies) {
        this.competencies = competencies;
    }

    public boolean isOnDemand() {
        return onDemand;
    }

    public void setOnDemand(boolean onDemand) {
        this.onDemand = onDemand;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public boolean isOnline() {
        return online;
    }

    public void setOnline(boolean online) {
        this.online = online;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public void setCost(BigDecimal cost) {
        this.cost = cost;
    }

    public Payer getPayer() {
        return payer;
    }

    public void setPayer(Payer payer) {
        this.payer = payer;
    }

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }
}
