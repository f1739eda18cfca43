package com.digitrecognizer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * What a view does not handle itself, said on the screen where it happened: left to Vaadin, an error
 * in production is only logged, and the person sees nothing happen. The database away is said as
 * such; anything else as a fault, logged (as Vaadin logs it), with no stack trace on screen.
 */
@Component
class UiErrors implements VaadinServiceInitListener {

    static final String DATABASE_AWAY = "The database is not available just now, so nothing was loaded or changed; "
            + "try again later.";
    static final String FAULT = "Something went wrong on the server (logged); please try again.";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    static final class Handler extends DefaultErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            super.error(event);
            if (shouldHandle(event.getThrowable()) && UI.getCurrent() != null) {
                Notification.show(databaseAway(event.getThrowable()) ? DATABASE_AWAY : FAULT, 6000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }

        private static boolean databaseAway(Throwable error) {
            for (Throwable cause = error; cause != null; cause = cause.getCause()) {
                if (cause instanceof DataAccessException || cause instanceof TransactionException) {
                    return true;
                }
            }
            return false;
        }
    }
}
