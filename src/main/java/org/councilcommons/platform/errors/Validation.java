package org.councilcommons.platform.errors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs Bean Validation and turns violations into field errors, so pages and the API report them alike. */
@ApplicationScoped
public class Validation {

    @Inject
    Validator validator;

    public List<FieldError> check(Object value) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(value)) {
            errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    /** Throws {@link InvalidInput} listing these errors and those Bean Validation finds, if there are any. */
    public void require(Object value, List<FieldError> alreadyFound) {
        List<FieldError> all = new ArrayList<>(alreadyFound);
        all.addAll(check(value));
        if (!all.isEmpty()) {
            throw new InvalidInput(all);
        }
    }
}
