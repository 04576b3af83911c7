package io.switchboard.ticket.people.application;

import io.switchboard.ticket.access.AccessPolicy;
import io.switchboard.ticket.access.Caller;
import io.switchboard.platform.problem.Problem;
import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.people.domain.BusinessHours;
import io.switchboard.ticket.people.domain.ServiceSettings;
import io.switchboard.ticket.people.domain.Workspace;
import io.switchboard.ticket.people.persistence.PeopleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The organisation's services: org-admins list, create and change them; the code never changes. */
@ApplicationScoped
public class ServiceCatalog {

    private final PeopleRepository people;
    private final AccessPolicy access;
    private final PeopleEvents events;

    ServiceCatalog(PeopleRepository people, AccessPolicy access, PeopleEvents events) {
        this.people = people;
        this.access = access;
        this.events = events;
    }

    @Transactional
    public List<Workspace> list() {
        return people.workspaces();
    }

    @Transactional
    public Workspace get(Caller caller, String code) {
        return access.readableService(caller, code);
    }

    @Transactional
    public Workspace create(ServiceDraft draft) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (draft.code() == null || !Workspace.CODE.matcher(draft.code()).matches()) {
            errors.add(new Problem.FieldError("code",
                    "must be 2–16 upper-case letters, digits or underscores, starting with a letter"));
        }
        ServiceSettings settings = null;
        try {
            settings = draft.settings();
        } catch (ProblemException.Invalid invalid) {
            errors.addAll(invalid.fieldErrors());
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(Problem.FieldError::field));
            throw new ProblemException.Invalid("The request has invalid fields.", errors);
        }
        if (people.workspace(draft.code()).isPresent()) {
            throw new ProblemException.Conflict("There is already a service " + draft.code() + ".");
        }
        Workspace workspace = Workspace.create(draft.code(), settings);
        people.add(workspace);
        events.serviceChanged(workspace.code());
        return workspace;
    }

    @Transactional
    public Workspace update(String code, ServiceDraft draft) {
        Workspace workspace = people.workspace(code)
                .orElseThrow(() -> new ProblemException.NotFound("There is no service " + code + "."));
        workspace.apply(draft.settings());
        events.serviceChanged(code);
        return workspace;
    }

    @Transactional
    public BusinessHours businessHours(Caller caller, String code) {
        return access.readableService(caller, code).businessHours();
    }

    /** Service admins and org-admins; published at once so routing conditions and SLA clocks follow. */
    @Transactional
    public BusinessHours changeBusinessHours(Caller caller, String code, BusinessHours hours) {
        Workspace workspace = access.administrableService(caller, code);
        workspace.changeBusinessHours(hours);
        events.serviceChanged(code);
        return workspace.businessHours();
    }
}
