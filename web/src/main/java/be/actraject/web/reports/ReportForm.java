package be.actraject.web.reports;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard's period and filters as typed in the address (GET), kept as text so that a value that does not parse
 * (31/02/2026, "morgen", a coach nobody has) is shown back as typed beside its message ({@link ReportRequests}).
 */
public class ReportForm {

    private String from;
    private String to;
    private String coach;
    private String group;
    private String phase;

    /** The same filters over another period, as a query string for a link (the dashboard's quick choices). */
    public String withPeriod(String path, Object otherFrom, Object otherTo) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        put(uri, "from", otherFrom);
        put(uri, "to", otherTo);
        put(uri, "coach", coach);
        put(uri, "group", group);
        put(uri, "phase", phase);
        return uri.encode().build().toUriString();
    }

    private static void put(UriComponentsBuilder uri, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            uri.queryParam(name, value.toString().strip());
        }
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getCoach() {
        return coach;
    }

    public void setCoach(String coach) {
        this.coach = coach;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public String getPhase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase;
    }
}
