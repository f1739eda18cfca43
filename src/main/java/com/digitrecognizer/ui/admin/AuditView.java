package com.digitrecognizer.ui.admin;

import com.digitrecognizer.security.AuditEntry;
import com.digitrecognizer.security.AuditLog;
import com.digitrecognizer.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/** The audit log, newest first, paged lazily from the database: who did what, when. */
@Route("admin/audit")
@PageTitle("Audit log · Digit Recognizer")
@RolesAllowed(Roles.ADMIN)
public class AuditView extends VerticalLayout {

    public AuditView(AuditLog audit, AuthenticationContext user) {
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("audit");
        grid.addColumn(entry -> AdminTime.format(entry.at())).setHeader(AdminTime.header("When")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader("Who").setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader("What").setAutoWidth(true);
        grid.addColumn(AuditEntry::detail).setHeader("Detail").setFlexGrow(1);
        grid.setItems(query -> audit.newest(query.getPage(), query.getPageSize()).stream(), query -> (int) audit.count());
        grid.setHeight("70vh");
        add(new AdminHeader("Audit log", user), grid);
    }
}
