package org.councilcommons.platform.web;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.councilcommons.platform.errors.CommonsException;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.errors.InvalidInput;

/**
 * Turns every failure into an {@code application/problem+json} answer. A client never sees a stack trace; an
 * unexpected failure is logged with an incident id that the answer repeats, so an operator can find it.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {}

    /** Finds the meaningful failure inside wrappers (transaction rollbacks, JSON-B inside JAX-RS). */
    static Response map(Throwable thrown) {
        // a body cut off for being too large surfaces as a parse error: the size is the real problem
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WebApplicationException wae && wae.getResponse().getStatus() == 413) {
                return web(wae);
            }
        }
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidInput invalid) {
                return new Problem("about:blank", invalid.title(), 400, "Correct the fields listed and try again.",
                        invalid.errors()).toResponse();
            }
            if (t instanceof CommonsException e) {
                Response response = Problem.of(e.status(), e.title(), e.getMessage()).toResponse();
                if (e.status() == 401) {
                    response.getHeaders().add("WWW-Authenticate", "Bearer realm=\"council-commons\"");
                }
                if (e instanceof org.councilcommons.platform.errors.TooManyRequests tooMany) {
                    response.getHeaders().add("Retry-After", String.valueOf(Math.max(1, tooMany.retryAfter().toSeconds())));
                }
                return response;
            }
            // two requests doing the same thing at the same moment: the database's unique key let one through
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                LOG.log(Level.INFO, "A concurrent duplicate was refused by a unique key: " + sql.getMessage());
                return Problem.of(409, "Conflict with the current state",
                        "Another request did the same at the same moment. Load the page again to see the result.").toResponse();
            }
            if (t instanceof jakarta.persistence.PessimisticLockException || t instanceof jakarta.persistence.LockTimeoutException) {
                return Problem.of(409, "Busy", "Many changes are being made here at once. Try again in a moment.").toResponse();
            }
            if (t instanceof OptimisticLockException) {
                return Problem.of(409, "Conflict with the current state",
                        "Someone else changed this at the same moment. Load it again and reapply your change.").toResponse();
            }
            if (t instanceof ConstraintViolationException cve) {
                List<FieldError> errors = cve.getConstraintViolations().stream().map(ProblemMappers::field).toList();
                return new Problem("about:blank", "The request has fields that need correcting", 400,
                        "Correct the fields listed and try again.", errors).toResponse();
            }
            // a JSON failure while writing our answer is our fault (a 500 with an incident), not the caller's
            if ((t instanceof JsonbException || t instanceof JsonException) && !whileWriting(t)) {
                return Problem.of(400, "The request body is not valid JSON for this resource", readable(t)).toResponse();
            }
            if (t instanceof WebApplicationException wae) {
                return web(wae);
            }
        }
        if (thrown instanceof ProcessingException) {
            return Problem.of(400, "The request body could not be read", readable(thrown)).toResponse();
        }
        // the database refused the commit (a unique key, a concurrent change) after the service's own checks passed;
        // the cause is logged by the transaction manager, not chained
        if (thrown instanceof jakarta.transaction.TransactionalException
                && thrown.getCause() instanceof jakarta.transaction.RollbackException) {
            LOG.log(Level.WARNING, "A transaction could not commit", thrown);
            return Problem.of(409, "Conflict with the current state",
                    "Another change to the same thing was saved at the same moment, so yours was not. Load it again"
                    + " and retry.").toResponse();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, thrown);
        return Problem.of(500, "Something went wrong on our side",
                "The failure has been logged as incident " + incident + ". Please try again later.").toResponse();
    }

    private static boolean whileWriting(Throwable t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getMethodName().equals("writeTo") || frame.getMethodName().equals("toJson")) {
                return true;
            }
        }
        return false;
    }

    private static Response web(WebApplicationException wae) {
        int status = wae.getResponse().getStatus();
        String detail = switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method" + allowed(wae) + ".";
            case 406 -> "This address answers only in application/json.";
            case 413 -> "The request body is too large.";
            case 415 -> "Send the request body as application/json.";
            default -> wae.getMessage();
        };
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        Response.ResponseBuilder builder = Response.fromResponse(Problem.of(status, title, detail).toResponse());
        if (wae instanceof NotAllowedException) {
            builder.allow(wae.getResponse().getAllowedMethods());
        }
        return builder.build();
    }

    private static String allowed(WebApplicationException wae) {
        var methods = wae.getResponse().getAllowedMethods();
        return methods == null || methods.isEmpty() ? "" : " (allowed: " + String.join(", ", methods) + ")";
    }

    private static FieldError field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        // service parameters come as "method.argN.field": keep the field the client sent
        String[] parts = path.split("\\.");
        String field = parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : path;
        return new FieldError(field, v.getMessage());
    }

    private static String readable(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().replaceFirst("^Internal error: ", "");
        // parser messages can quote the whole input back; keep them short
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    @Provider
    public static class Everything implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable exception) {
            return map(exception);
        }
    }

    /** Ours, not the one Jersey brings for transactions, which rethrows and ends in a bare 500 page. */
    @Provider
    public static class Transactions implements ExceptionMapper<jakarta.transaction.TransactionalException> {
        @Override
        public Response toResponse(jakarta.transaction.TransactionalException exception) {
            return map(exception);
        }
    }

    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException exception) {
            return map(exception);
        }
    }
}
