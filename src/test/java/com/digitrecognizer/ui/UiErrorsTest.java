package com.digitrecognizer.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Every session's error handler says on screen what went wrong: the database away, or a fault, without a stack trace. */
@SpringBootTest
class UiErrorsTest extends SpringBrowserlessTest {

    @Test
    void anErrorNoViewHandledIsSaidOnScreen() {
        navigate(RecognizerView.class);
        ErrorHandler handler = VaadinSession.getCurrent().getErrorHandler();
        assertThat(handler).isInstanceOf(UiErrors.Handler.class);

        handler.error(new ErrorEvent(new IllegalStateException("wrapped",
                new CannotGetJdbcConnectionException("no connection", new SQLException("Connection refused")))));
        assertThat(shown()).isEqualTo(UiErrors.DATABASE_AWAY);

        handler.error(new ErrorEvent(new IllegalStateException("a fault")));
        assertThat(shown()).isEqualTo(UiErrors.FAULT);
    }

    private String shown() {
        Notification newest = find(Notification.class).all().getLast();
        String text = test(newest).getText();
        newest.close();
        return text;
    }
}
