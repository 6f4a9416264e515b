package org.councilcommons.platform.errors;

import java.util.List;

/** What a user sent cannot be accepted; lists every field that is wrong, not only the first. */
public class InvalidInput extends CommonsException {

    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(errors.isEmpty() ? "The request is not valid" : errors.getFirst().field() + ": " + errors.getFirst().message());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String title() {
        return "The request has fields that need correcting";
    }
}
