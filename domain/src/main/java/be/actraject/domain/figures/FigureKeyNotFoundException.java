package be.actraject.domain.figures;

import be.actraject.domain.NotFoundException;

/** A drill-down asked for a key the figure never has (an exit type that does not exist, a typed address). */
public class FigureKeyNotFoundException extends NotFoundException {

    public FigureKeyNotFoundException(Figure figure, String key) {
        super("Figure " + figure + " has no key " + key);
    }
}
