package be.actraject.web.text;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;
import java.lang.reflect.Field;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One binding of text for every form and request parameter, not one per form: what is typed is folded
 * ({@link TypedText}) before any check sees it. A form's field left with nothing is {@code null}; a plain request
 * parameter keeps an empty text, because a {@code @RequestParam(defaultValue = "")} would otherwise receive
 * {@code null}. Passwords are taken as typed: a space there is a character like any other.
 */
@ControllerAdvice
class TextBinding {

    private static final Map<Class<?>, FormTextFields> KNOWN = new ConcurrentHashMap<>();

    @InitBinder
    void foldText(WebDataBinder binder) {
        Class<?> form = binder.getTarget() != null ? binder.getTarget().getClass()
                : binder.getTargetType() != null ? binder.getTargetType().resolve() : null;
        if (form == null) {
            if (!isPassword(binder.getObjectName())) {
                binder.registerCustomEditor(String.class, new TypedTextEditor(TypedText::folded, false));
            }
            return;
        }
        binder.registerCustomEditor(String.class, new TypedTextEditor(TypedText::folded, true));
        FormTextFields fields = KNOWN.computeIfAbsent(form, FormTextFields::of);
        fields.passwords().forEach(path -> binder.registerCustomEditor(String.class, path, new AsTyped()));
        fields.withoutSpaces().forEach(path -> binder.registerCustomEditor(String.class, path,
                new TypedTextEditor(TypedText::withoutSpaces, true)));
    }

    static boolean isPassword(String name) {
        return name != null && name.toLowerCase(Locale.ROOT).contains("password");
    }

    /** A password, as typed: an empty one is no password. */
    private static final class AsTyped extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(text == null || text.isEmpty() ? null : text);
        }
    }

    /** The paths of a form's text fields that are not folded the common way. */
    record FormTextFields(java.util.List<String> passwords, java.util.List<String> withoutSpaces) {

        static FormTextFields of(Class<?> form) {
            java.util.List<String> passwords = new java.util.ArrayList<>();
            java.util.List<String> compact = new java.util.ArrayList<>();
            for (Class<?> c = form; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (field.getType() != String.class) {
                        continue;
                    }
                    if (isPassword(field.getName())) {
                        passwords.add(field.getName());
                    } else if (field.isAnnotationPresent(WrittenWithoutSpaces.class)) {
                        compact.add(field.getName());
                    }
                }
            }
            return new FormTextFields(java.util.List.copyOf(passwords), java.util.List.copyOf(compact));
        }
    }
}
