package be.actraject.web.system;

import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;

/**
 * The {@code maxlength} of a text input, read from the {@link Size#max()} its form declares for the field, so that the
 * browser stops typing where the server would refuse and the column would overflow, with one number to keep
 * ({@code th:maxlength="*{@fieldLimits.max(#root, 'name')}"} in the field fragments).
 */
@Component("fieldLimits")
public class FieldLimits {

    /**
     * @param form a form object (class or record)
     * @param path a property path as {@code th:field} names it: {@code street}, {@code lines[2].description}
     * @return the {@code @Size(max)} of the field; null when the field has none (the attribute is then left out)
     */
    public Integer max(Object form, String path) {
        if (form == null) {
            return null;
        }
        Class<?> type = form.getClass();
        Field field = null;
        for (String part : path.split("\\.")) {
            if (field != null) {
                type = elementType(field);
            }
            field = find(type, part.replaceAll("\\[.*]", ""));
            if (field == null) {
                return null;
            }
        }
        Size size = annotation(type, field);
        return size == null || size.max() == Integer.MAX_VALUE ? null : size.max();
    }

    private static Field find(Class<?> type, String name) {
        return ReflectionUtils.findField(type, name);
    }

    /** A record's constraints sit on its components, a class's on its fields. */
    private static Size annotation(Class<?> type, Field field) {
        Size onField = field.getAnnotation(Size.class);
        if (onField != null || !type.isRecord()) {
            return onField;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(field.getName())) {
                return component.getAnnotation(Size.class);
            }
        }
        return null;
    }

    /** The element type of a list or map field, the field's own type otherwise. */
    private static Class<?> elementType(Field field) {
        Type generic = field.getGenericType();
        if ((Collection.class.isAssignableFrom(field.getType()) || Map.class.isAssignableFrom(field.getType()))
                && generic instanceof ParameterizedType parameterized) {
            Type[] args = parameterized.getActualTypeArguments();
            if (args[args.length - 1] instanceof Class<?> element) {
                return element;
            }
        }
        return field.getType();
    }
}
