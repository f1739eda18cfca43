package com.digitrecognizer.ui.admin;

import com.digitrecognizer.corrections.Correction.Status;
import com.digitrecognizer.corrections.CorrectionFilter;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The admin grid's filters: correct label, model answer, model version, date range, status. */
final class CorrectionFilters extends FlexLayout {

    private final TextField label = new TextField("Correct label");
    private final TextField answer = new TextField("Model answer");
    private final ComboBox<String> version = new ComboBox<>("Model version");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To (inclusive)");
    private final Select<Status> status = new Select<>();

    CorrectionFilters(Supplier<List<String>> modelVersions, Consumer<CorrectionFilter> changed) {
        label.setId("filter-label");
        answer.setId("filter-answer");
        version.setId("filter-version");
        // asked for when the list is opened, not with the page: a DISTINCT over every correction
        version.setItems(query -> modelVersions.get().stream().skip(query.getOffset()).limit(query.getLimit()));
        version.setClearButtonVisible(true);
        from.setId("filter-from");
        to.setId("filter-to");
        status.setId("filter-status");
        status.setLabel("Status");
        status.setItems(Status.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("any");
        for (TextField text : List.of(label, answer)) {
            text.setClearButtonVisible(true);
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.addValueChangeListener(change -> changed.accept(filter()));
        }
        version.addValueChangeListener(change -> changed.accept(filter()));
        from.addValueChangeListener(change -> changed.accept(filter()));
        to.addValueChangeListener(change -> changed.accept(filter()));
        status.addValueChangeListener(change -> changed.accept(filter()));
        add(label, answer, version, from, to, status);
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-m)");
    }

    CorrectionFilter filter() {
        return new CorrectionFilter(blankToNull(label.getValue()), blankToNull(answer.getValue()), version.getValue(),
                from.getValue() == null ? null : from.getValue().atStartOfDay(AdminTime.zone()).toInstant(),
                to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(AdminTime.zone()).toInstant(),
                status.getValue());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
