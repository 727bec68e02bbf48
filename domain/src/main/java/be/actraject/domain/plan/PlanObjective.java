package be.actraject.domain.plan;

import be.actraject.domain.assessment.Competency;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.hibernate.annotations.BatchSize;

import java.util.ArrayList;
import java.util.List;

/** One objective of a plan version, with its actions. */
@Entity
public class PlanObjective {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int position;
    @Enumerated(EnumType.STRING)
    private Competency competency;
    private String description;

    @BatchSize(size = 50)
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "objective_id", nullable = false)
    @OrderBy("position")
    private List<PlanAction> actions = new ArrayList<>();

    protected PlanObjective() {
    }

    PlanObjective(int position, ObjectiveDraft draft) {
        this.position = position;
        this.competency = draft.competency();
        this.description = draft.description().strip();
        for (int i = 0; i < draft.actions().size(); i++) {
            actions.add(new PlanAction(i, draft.actions().get(i)));
        }
    }

    ObjectiveDraft toDraft() {
        return new ObjectiveDraft(competency, description, actions.stream().map(PlanAction::toDraft).toList());
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public Competency getCompetency() {
        return competency;
    }

    public String getDescription() {
        return description;
    }

    public List<PlanAction> getActions() {
        return List.copyOf(actions);
    }
}
