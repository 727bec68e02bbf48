package be.actraject.web.candidate;

import be.actraject.bpmn.invoicing.SelfEmploymentPolicy;
import be.actraject.domain.access.Actor;
import be.actraject.domain.customer.Customer;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.earnings.ActivityCosts;
import be.actraject.domain.earnings.ExtraEarningsStatements;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.Invoices;
import be.actraject.domain.invoice.Payments;
import be.actraject.domain.invoice.Quotes;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.Phase;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The dossier's invoicing part: customers, quotes, invoices with their payment state, costs, the monthly statements,
 * the turnover — and, for an active trajectory, the signal that self-employment is within reach by the
 * {@link SelfEmploymentPolicy}.
 */
@Component
class DossierInvoicing {

    private final Customers customers;
    private final Quotes quotes;
    private final Invoices invoices;
    private final Payments payments;
    private final ActivityCosts costs;
    private final ExtraEarningsStatements statements;
    private final SelfEmploymentPolicy selfEmployment;

    DossierInvoicing(Customers customers, Quotes quotes, Invoices invoices, Payments payments, ActivityCosts costs,
                     ExtraEarningsStatements statements, SelfEmploymentPolicy selfEmployment) {
        this.customers = customers;
        this.quotes = quotes;
        this.invoices = invoices;
        this.payments = payments;
        this.costs = costs;
        this.statements = statements;
        this.selfEmployment = selfEmployment;
    }

    void fill(Trajectory t, Actor actor, Model model) {
        long id = t.getId();
        List<Invoice> ofTrajectory = invoices.of(id, actor);
        model.addAttribute("invoices", ofTrajectory);
        model.addAttribute("quotes", quotes.of(id, actor));
        model.addAttribute("statements", statements.of(id, actor));
        model.addAttribute("costs", costs.of(id, actor));
        List<Customer> recorded = customers.of(id, actor);
        model.addAttribute("customers", recorded);
        model.addAttribute("peppolCustomerIds", recorded.stream().filter(Customer::reachableOnPeppol)
                .map(Customer::getId).collect(Collectors.toSet()));
        model.addAttribute("paymentStates", payments.of(id, actor));
        if (t.getPhase() == Phase.PROSPECTING || t.getPhase() == Phase.INVOICING || !t.isActive()) {
            SelfEmploymentPolicy.Reading reading = selfEmployment.weigh(ofTrajectory);
            model.addAttribute("turnover", Invoices.turnoverOf(ofTrajectory, null));
            model.addAttribute("recentTurnover", reading.turnover());
            model.addAttribute("recentMonths", reading.months());
            model.addAttribute("selfEmploymentThreshold", reading.threshold());
            model.addAttribute("selfEmploymentInReach", t.isActive() && reading.withinReach());
        }
    }
}
