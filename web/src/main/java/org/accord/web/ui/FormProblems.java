package org.accord.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The error summary at the top of a form that was not saved: one link per field message, so a
 * keyboard or screen reader user can jump straight to each field that needs attention.
 */
@Named("formProblems")
@RequestScoped
public class FormProblems {

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

    public List<Problem> getList() {
        FacesContext context = FacesContext.getCurrentInstance();
        List<Problem> problems = new ArrayList<>();
        for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext();) {
            String clientId = ids.next();
            if (clientId == null) {
                continue;
            }
            context.getMessageList(clientId).forEach(m -> problems.add(new Problem(clientId, m.getSummary())));
        }
        return problems;
    }
}
