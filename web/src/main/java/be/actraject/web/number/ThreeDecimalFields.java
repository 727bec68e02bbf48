package be.actraject.web.number;

import be.actraject.domain.number.OfKind;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The property paths of a form's numbers of a kind with three decimals (a quantity), directly on the form or on the
 * elements of a list it holds ({@code lines.quantity}, which Spring's binder applies to {@code lines[0].quantity}
 * and every other element): those whose typed text can read two ways.
 */
final class ThreeDecimalFields {

    private static final Map<Class<?>, List<String>> KNOWN = new ConcurrentHashMap<>();

    private ThreeDecimalFields() {
    }

    static List<String> of(Class<?> form) {
        return KNOWN.computeIfAbsent(form, type -> {
            List<String> paths = new ArrayList<>(own(type, ""));
            for (Field field : fields(type)) {
                if (List.class.isAssignableFrom(field.getType())
                        && field.getGenericType() instanceof ParameterizedType list
                        && list.getActualTypeArguments()[0] instanceof Class<?> element) {
                    paths.addAll(own(element, field.getName() + "."));
                }
            }
            return List.copyOf(paths);
        });
    }

    private static List<String> own(Class<?> type, String prefix) {
        List<String> paths = new ArrayList<>();
        for (Field field : fields(type)) {
            OfKind kind = field.getAnnotation(OfKind.class);
            if (field.getType() == BigDecimal.class && kind != null && kind.value().decimals() >= 3) {
                paths.add(prefix + field.getName());
            }
        }
        return paths;
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            fields.addAll(List.of(c.getDeclaredFields()));
        }
        return fields;
    }
}
