package com.digitrecognizer.ui.admin;

import com.digitrecognizer.corrections.Correction.Status;
import com.digitrecognizer.corrections.CorrectionFilter;
import com.digitrecognizer.corrections.Corrections;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;

import java.util.Locale;

/**
 * "All matching…": every correction the filters let through accepted for training, or discarded,
 * once the admin has seen how many — the grid pages lazily, so its rows can never all be selected.
 */
final class MatchingReview extends Dialog {

    private final Corrections corrections;
    private final CorrectionFilter filter;
    private final Runnable reviewed;

    MatchingReview(Corrections corrections, CorrectionFilter filter, Runnable reviewed) {
        this.corrections = corrections;
        this.filter = filter;
        this.reviewed = reviewed;
        setHeaderTitle(String.format(Locale.ROOT, "%,d correction(s) match the filters (%s)",
                corrections.count(filter), filter.describe()));
        Button accept = new Button("Accept all for training", click -> review(Status.ACCEPTED));
        accept.setId("accept-matching");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button("Discard all", click -> review(Status.DISCARDED));
        discard.setId("discard-matching");
        getFooter().add(new Button("Cancel", click -> close()), discard, accept);
    }

    private void review(Status status) {
        say(corrections.reviewMatching(filter, status), status);
        close();
        reviewed.run();
    }

    /** How many were reviewed, in a notification. */
    static void say(int changed, Status status) {
        Notification.show(changed + (status == Status.ACCEPTED ? " accepted for training" : " discarded"));
    }
}
