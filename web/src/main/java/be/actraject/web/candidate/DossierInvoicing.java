package be.actraject.web.candidate;

import be.actraject.bpmn.parameters.TrajectoryParameters;
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

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The dossier's invoicing part: customers, quotes, invoices with their payment state, costs, the monthly statements,
 * the turnover — and the signal that self-employment is within reach once the turnover of the last months passes the
 * cooperative's threshold.
 */
@Component
class DossierInvoicing {

    private final Customers customers;
    private final Quotes quotes;
    private final Invoices invoices;
    private final Payments payments;
    private final ActivityCosts costs;
    private final ExtraEarningsStatements statements;
    private final TrajectoryParameters parameters;

    DossierInvoicing(Customers customers, Quotes quotes, Invoices invoices, Payments payments, ActivityCosts costs,
                     ExtraEarningsStatements statements, TrajectoryParameters parameters) {
        this.customers = customers;
        this.quotes = quotes;
        this.invoices = invoices;
        this.payments = payments;
        this.costs = costs;
        this.statements = statements;
        this.parameters = parameters;
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
            int months = parameters.getSelfEmploymentMonths();
            BigDecimal recent = Invoices.turnoverOf(ofTrajectory, invoices.startOfLastMonths(months));
            model.addAttribute("turnover", Invoices.turnoverOf(ofTrajectory, null));
            model.addAttribute("recentTurnover", recent);
            model.addAttribute("recentMonths", months);
            model.addAttribute("selfEmploymentThreshold", parameters.getSelfEmploymentThreshold());
            model.addAttribute("selfEmploymentInReach", t.isActive()
                    && recent.compareTo(parameters.getSelfEmploymentThreshold()) >= 0);
        }
    }
}
