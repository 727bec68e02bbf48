package be.actraject.domain.training;

import be.actraject.domain.assessment.Competency;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A training module a provider organises: what it develops, when (dated moments or on demand), where, what it costs
 * and who pays, how many seats. Modules are few and always shown with their moments and competencies, so those are
 * read with the module.
 */
@Entity
public class TrainingModule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    private TrainingProvider provider;
    private String title;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_module_competency", joinColumns = @JoinColumn(name = "module_id"))
    @Column(name = "competency")
    @Enumerated(EnumType.STRING)
    private Set<Competency> competencies = EnumSet.noneOf(Competency.class);
    private boolean onDemand;
    private String place;
    private boolean heldOnline;
    private BigDecimal cost;
    @Enumerated(EnumType.STRING)
    private Payer payer;
    private Integer seats;
    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("heldOn, startTime")
    private List<TrainingMoment> moments = new ArrayList<>();
    @Version
    private long version;

    protected TrainingModule() {
    }

    TrainingModule(TrainingProvider provider, ModuleDraft draft) {
        set(provider, draft);
    }

    void set(TrainingProvider provider, ModuleDraft draft) {
        this.provider = provider;
        this.title = draft.title().strip();
        this.competencies.clear();
        this.competencies.addAll(draft.competencies());
        this.onDemand = draft.onDemand();
        this.place = TrainingProvider.blankToNull(draft.place());
        this.heldOnline = draft.online();
        this.cost = draft.cost();
        this.payer = draft.payer();
        this.seats = draft.seats();
    }

    /** @throws DuplicateMomentException when the module has a moment at that start already */
    TrainingMoment addMoment(LocalDate day, LocalTime start, LocalTime end) {
        if (moments.stream().anyMatch(m -> m.getHeldOn().equals(day) && m.getStartTime().equals(start))) {
            throw new DuplicateMomentException(day, start);
        }
        TrainingMoment moment = new TrainingMoment(this, day, start, end);
        moments.add(moment);
        return moment;
    }

    /** Whether enrolling needs a coordinator's agreement: a module that costs money does. */
    public boolean costsMoney() {
        return cost.signum() > 0;
    }

    public Optional<TrainingMoment> moment(long momentId) {
        return moments.stream().filter(m -> m.getId() == momentId).findFirst();
    }

    public Long getId() {
        return id;
    }

    public TrainingProvider getProvider() {
        return provider;
    }

    public String getTitle() {
        return title;
    }

    public Set<Competency> getCompetencies() {
        return Collections.unmodifiableSet(competencies);
    }

    public boolean isOnDemand() {
        return onDemand;
    }

    public String getPlace() {
        return place;
    }

    public boolean isHeldOnline() {
        return heldOnline;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public Payer getPayer() {
        return payer;
    }

    /** Seats per moment (per module when on demand); null for unlimited. */
    public Integer getSeats() {
        return seats;
    }

    public List<TrainingMoment> getMoments() {
        return Collections.unmodifiableList(moments);
    }
}
