package org.accord.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The error summary at the top of a form that was not saved: one link per field message, so a
 * keyboard or screen reader user can jump straight to each field that needs attention.
 */
@Named("formProblems")
@RequestScoped
public class FormProblems {

    private List<Problem> problems;

    /** A field's message and the id of its input, for {@code <a href="#id">}. */
    public static final class Problem {
        private final String fieldId;
        private final String text;

        Problem(String fieldId, String text) {
            this.fieldId = fieldId;
            this.text = text;
        }

        public String getFieldId() {
            return fieldId;
        }

        public String getText() {
            return text;
        }
    }

    /** The field messages in the order of the fields on the page, whatever order they were raised in. */
    public List<Problem> getList() {
        if (problems == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            problems = new ArrayList<>();
            context.getViewRoot().visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
                if (component instanceof UIInput) {
                    String clientId = component.getClientId(context);
                    context.getMessageList(clientId).forEach(m -> problems.add(new Problem(clientId, m.getSummary())));
                }
                return VisitResult.ACCEPT;
            });
        }
        return problems;
    }
}
