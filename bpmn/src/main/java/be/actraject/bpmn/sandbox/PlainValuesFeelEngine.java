package be.actraject.bpmn.sandbox;

import camundajar.impl.scala.collection.immutable.List;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValError;
import org.camunda.feel.syntaxtree.ValString;
import org.camunda.feel.valuemapper.CustomValueMapper;
import org.camunda.feel.valuemapper.JavaCustomValueMapper;

import java.util.Optional;
import java.util.function.Function;

/**
 * The engine's FEEL (feel-scala), seeing plain values only. FEEL reads a Java object as a context whose methods it may
 * call — {@code d.getClass().getClassLoader()…} — so a decision handed an object could reach anything; here every
 * value that is not {@linkplain PlainValues plain} becomes an error before FEEL sees it. The engine keeps FEEL's
 * external Java functions off already.
 */
final class PlainValuesFeelEngine extends ScalaFeelEngine {

    PlainValuesFeelEngine() {
        super(null);
    }

    @Override
    protected List<CustomValueMapper> getValueMappers() {
        return super.getValueMappers().$colon$colon(new OnlyPlainValues());
    }

    /** For the DMN engine's configuration. */
    static final class Factory implements FeelEngineFactory {
        @Override
        public FeelEngine createInstance() {
            return new PlainValuesFeelEngine();
        }
    }

    /** Runs before every other mapper; lets plain values through to them, turns the rest into an error. */
    static final class OnlyPlainValues extends JavaCustomValueMapper {

        @Override
        public Optional<Val> toValue(Object value, Function<Object, Val> innerValueMapper) {
            if (value instanceof Val) {
                return Optional.empty();
            }
            if (value instanceof Enum<?> e) {
                return Optional.of(new ValString(e.name()));
            }
            if (PlainValues.isPlain(value)) {
                return Optional.empty();
            }
            return Optional.of(new ValError("A value of type " + value.getClass().getSimpleName()
                    + " is out of a decision's reach"));
        }

        @Override
        public Optional<Object> unpackValue(Val value, Function<Val, Object> innerValueMapper) {
            return Optional.empty();
        }

        @Override
        public int priority() {
            return Integer.MAX_VALUE;
        }
    }
}
