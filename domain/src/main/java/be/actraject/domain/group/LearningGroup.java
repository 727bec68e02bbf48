package be.actraject.domain.group;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.LocalDate;

/** A learning group, led by one coach. */
@Entity
public class LearningGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String coach;
    private LocalDate createdOn;

    protected LearningGroup() {
    }

    LearningGroup(String name, String coach, LocalDate createdOn) {
        this.name = name;
        this.coach = coach;
        this.createdOn = createdOn;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCoach() {
        return coach;
    }

    public LocalDate getCreatedOn() {
        return createdOn;
    }
}
