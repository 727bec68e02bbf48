package be.actraject.bpmn.sandbox;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.Set;

/**
 * The values a model may hold and hand on: text, numbers, truth values, dates and durations, and lists and maps of
 * these. Anything else — a Java object with methods, even a {@code StringBuilder} — is where reflection starts (FEEL,
 * for one, calls any public method of an object it is given), so it never reaches a model's variables or decisions.
 */
final class PlainValues {

    private static final Set<Class<?>> VALUES = Set.of(String.class, Boolean.class, Character.class, Integer.class,
            Long.class, Short.class, Byte.class, Double.class, Float.class, BigDecimal.class, BigInteger.class,
            LocalDate.class, LocalTime.class, LocalDateTime.class, ZonedDateTime.class, OffsetDateTime.class,
            OffsetTime.class, Instant.class, Duration.class, Period.class);

    private PlainValues() {
    }

    /** Whether the value itself is plain; a list's or map's elements are judged when they are read. */
    static boolean isPlain(Object value) {
        return value == null || VALUES.contains(value.getClass()) || value instanceof Date || value instanceof Enum<?>
                || value instanceof Collection<?> || value instanceof Map<?, ?>;
    }

    /**
     * Whether a method declared to return this type gives plain values only (an abstract {@code Number} or temporal
     * type passes here; the value it gives is checked again when it is called).
     */
    static boolean isPlainType(Class<?> type) {
        return type.isPrimitive() || type == Void.class || VALUES.contains(type) || type == Number.class
                || type == TemporalAccessor.class || type == TemporalAmount.class || Date.class.isAssignableFrom(type)
                || type.isEnum() || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
    }
}
