package be.actraject.domain.figures;

import java.math.BigDecimal;

/**
 * One line of the drill-down of an {@link Figure.Shape#AMOUNT} figure: a trajectory counted, and its amount over the
 * period in euro to the cent (never zero: a trajectory whose amounts add up to zero is not counted).
 */
public record FigureAmount(long trajectoryId, BigDecimal amount) {
}
