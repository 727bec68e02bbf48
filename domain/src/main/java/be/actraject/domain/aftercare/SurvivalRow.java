package be.actraject.domain.aftercare;

import be.actraject.workflow.ExitType;

import java.util.List;

/** The exits of one exit year and exit type, and their survival at each moment of {@link SurvivalFigures#MOMENTS}. */
public record SurvivalRow(int exitYear, ExitType exitType, long exited, List<SurvivalMoment> moments) {
}
