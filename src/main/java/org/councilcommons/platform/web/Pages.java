package org.councilcommons.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.councilcommons.platform.errors.FieldError;

/** Small helpers the page beans share: request parameters, redirects and error statuses. */
public final class Pages {

    private Pages() {}

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    public static String param(String name) {
        String value = external().getRequestParameterMap().get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A parameter exactly as sent (passwords: spaces are part of them). */
    public static String rawParam(String name) {
        String value = external().getRequestParameterMap().get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    public static List<String> params(String name) {
        String[] values = external().getRequestParameterValuesMap().get(name);
        return values == null ? List.of() : List.of(values);
    }

    /** Post/redirect/get: after a change, the browser loads the result with GET, so a refresh repeats nothing. */
    public static void redirect(String path) {
        try {
            ExternalContext ec = external();
            ec.redirect(ec.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the request with an error status; the error page of web.xml renders it. */
    public static void sendError(int status) {
        try {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(status, null);
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the request with 403; the forbidden page shows {@code reason}, so the reader knows why. */
    public static void forbid(String reason) {
        external().getRequestMap().put("forbiddenReason", reason);
        sendError(403);
    }

    /** Sends the browser to the sign-in page, which brings it back to {@code path} afterwards. */
    public static void signInFirst(String path) {
        redirect("/sign-in?next=" + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The message for one field, or null: what the components show beside the field. */
    public static String errorFor(List<FieldError> errors, String field) {
        Optional<FieldError> found = errors.stream().filter(e -> e.field().equals(field)
                || e.field().startsWith(field + "[") || e.field().startsWith(field + ".")).findFirst();
        return found.map(FieldError::message).orElse(null);
    }
}
