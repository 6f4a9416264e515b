package org.councilcommons.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;

/**
 * A form posted after its page state expired (too many open pages, a redeploy) goes back to its page with what
 * was typed, instead of to an error page that loses it.
 */
public class ExpiredViews extends ExceptionHandlerFactory {

    public ExpiredViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable t = events.next().getContext().getException();
                while (t instanceof FacesException && t.getCause() != null && !(t instanceof ViewExpiredException)) {
                    t = t.getCause();
                }
                if (t instanceof ViewExpiredException) {
                    FacesContext faces = FacesContext.getCurrentInstance();
                    ExternalContext ec = faces.getExternalContext();
                    try {
                        String back = UnsavedForms.keep((HttpServletRequest) ec.getRequest());
                        ec.redirect(ec.getRequestContextPath() + back);
                        faces.responseComplete();
                    } catch (IOException e) {
                        throw new FacesException(e);
                    } finally {
                        events.remove();
                    }
                }
            }
            getWrapped().handle();
        }
    }
}
