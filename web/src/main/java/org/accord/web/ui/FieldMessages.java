package org.accord.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import java.util.List;
import org.accord.common.FieldError;

/**
 * Puts a service's field errors on the form fields they name. The inputs of a form carry the
 * service's field names as ids ({@code title}, {@code awareAt}, ...), so each message lands next
 * to its field; an error without a matching field becomes a message for the whole page.
 */
public final class FieldMessages {

    private FieldMessages() {
    }

    public static void show(FacesContext context, String formId, List<FieldError> errors) {
        char separator = UINamingContainer.getSeparatorChar(context);
        for (FieldError error : errors) {
            UIComponent field = context.getViewRoot().findComponent(formId + separator + error.field());
            if (field instanceof UIInput input) {
                input.setValid(false);
                context.addMessage(input.getClientId(context), error(wording(labelOf(input), error.message())));
            } else {
                context.addMessage(null, error(error.field() + ": " + error.message()));
            }
        }
        context.validationFailed();
    }

    /** A message about the whole page, shown on the page that is rendered next. */
    public static void pageError(FacesContext context, String text) {
        context.addMessage(null, error(text));
    }

    /** A message about the whole page that survives the redirect of a Post-Redirect-Get. */
    public static void afterRedirect(FacesContext context, FacesMessage.Severity severity, String text) {
        context.addMessage(null, new FacesMessage(severity, text, null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    /**
     * "Title is required" reads better than Bean Validation's "must not be blank" or "must not be null"
     * (which tells a user nothing about a date field); every other rule keeps the service's words.
     */
    static String wording(String label, String message) {
        return "must not be blank".equals(message) || "must not be null".equals(message)
                ? label + " is required" : label + ": " + message;
    }

    static String labelOf(UIComponent field) {
        Object label = field.getAttributes().get("label");
        return label == null ? field.getId() : label.toString();
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }
}
