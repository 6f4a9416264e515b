package org.councilcommons.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps what someone typed when their submission could not be handled: the session had ended (so they must sign
 * in again) or the page's state had expired. The form they return to takes it back and shows it, so nothing
 * typed is lost. Forms say where they live with a hidden {@value #RETURN_TO} field.
 */
public final class UnsavedForms {

    public static final String RETURN_TO = "returnTo";
    private static final String KEY = "commons.unsavedForm";

    private record Unsaved(String path, HashMap<String, String[]> values) implements Serializable {}

    private UnsavedForms() {}

    /** Stores the submitted fields in the (new, if need be) session; returns the page to go back to. */
    public static String keep(HttpServletRequest request) {
        String returnTo = safePath(request.getParameter(RETURN_TO));
        HashMap<String, String[]> values = new HashMap<>();
        request.getParameterMap().forEach((name, v) -> {
            // Faces' own fields belong to the lost state; the rest is what the person typed
            if (!name.startsWith("jakarta.faces.") && !name.contains(":")) {
                values.put(name, v.clone());
            }
        });
        request.getSession(true).setAttribute(KEY, new Unsaved(returnTo, values));
        return returnTo;
    }

    /** What was kept for the page at this path, removed from the session so it is offered once. */
    public static Optional<Map<String, String[]>> take(HttpSession session, String path) {
        if (session == null || !(session.getAttribute(KEY) instanceof Unsaved unsaved) || !unsaved.path().equals(path)) {
            return Optional.empty();
        }
        session.removeAttribute(KEY);
        return Optional.of(unsaved.values());
    }

    /** Only a path on this site, so the hidden field cannot send anyone elsewhere. */
    public static String safePath(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                || path.contains("\r") || path.contains("\n") || path.length() > 300) {
            return "/";
        }
        return path;
    }
}
