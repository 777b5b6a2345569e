package org.accord.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;

/** Bean Validation of service input, turned into the one typed exception the edge maps. */
public final class Validation {

    private Validation() {
    }

    public static <T> T requireValid(Validator validator, T input) {
        if (input == null) {
            throw new InvalidInputException("body", "A request body is required");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw InvalidInputException.of(violations);
        }
        return input;
    }
}
