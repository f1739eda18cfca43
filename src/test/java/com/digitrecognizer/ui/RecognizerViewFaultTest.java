package com.digitrecognizer.ui;

import com.digitrecognizer.recognition.InkRaster;
import com.digitrecognizer.recognition.Recognizer;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

/** A fault of the server's own while reading a drawing: the pad says so, and shows no answer, not even the last one. */
@SpringBootTest
class RecognizerViewFaultTest extends SpringBrowserlessTest {

    @MockitoSpyBean
    Recognizer recognizer;

    @Test
    void aFaultIsSaidPlainlyAndTheLastAnswerDoesNotStay() {
        navigate(RecognizerView.class);
        DigitPad pad = find(DigitPad.class).id("pad");
        DigitPadTester browser = new DigitPadTester(pad);
        CorrectionFormTest.drawSeven(browser);
        assertThat(text("prediction")).isEqualTo("7");

        doThrow(new IllegalStateException("the inference failed")).when(recognizer).read(any(InkRaster.class));
        CorrectionFormTest.drawSeven(browser); // the same drawing, one more stroke

        assertThat(test(find(Notification.class).single()).getText()).isEqualTo(RecognizerView.FAULT_HINT);
        assertThat(text("prediction")).isEqualTo("–");
        assertThat(text("hint")).isEqualTo(RecognizerView.FAULT_HINT);
        assertThat(RecognizerViewTest.boxesOnThePad(pad)).isEmpty();
        assertThat(find(Grid.class).id("history").getListDataView().getItems()).isEmpty();
    }

    private String text(String id) {
        return find(Span.class).id(id).getText();
    }
}
