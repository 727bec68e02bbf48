package be.actraject.bpmn.training;

import be.actraject.bpmn.models.RuleTableRefusedException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A condition on a code (who pays, the phase) as the editor offers it — some of the codes, or any — and as FEEL
 * writes it, a string test over the codes: {@code "COOPERATIVE","CANDIDATE"}, empty for any.
 */
final class CodeCondition {

    private static final Pattern LIST = Pattern.compile("\\s*\"[^\"]*\"(\\s*,\\s*\"[^\"]*\")*\\s*");
    private static final Pattern CODE = Pattern.compile("\"([^\"]*)\"");

    private CodeCondition() {
    }

    /**
     * The codes the condition names; empty for any. A condition written otherwise (in the process room) comes back
     * whole, as one value the editor does not offer, so that it is seen and not silently dropped.
     */
    static List<String> codes(String feel) {
        if (feel.isBlank()) {
            return List.of();
        }
        if (!LIST.matcher(feel).matches()) {
            return List.of(feel.strip());
        }
        List<String> codes = new ArrayList<>();
        Matcher m = CODE.matcher(feel);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return List.copyOf(codes);
    }

    /**
     * @param chosen the codes chosen; a blank one is the "any" choice and adds nothing
     * @param row    the row, from 1, for the refusal
     * @throws RuleTableRefusedException UNKNOWN_VALUE for a code not among those offered
     */
    static String feel(List<String> chosen, Set<String> offered, int row, String column) {
        List<String> quoted = new ArrayList<>();
        for (String code : chosen) {
            String c = code == null ? "" : code.strip();
            if (c.isEmpty()) {
                continue;
            }
            if (!offered.contains(c)) {
                throw new RuleTableRefusedException(RuleTableRefusedException.Problem.UNKNOWN_VALUE, row, column, c,
                        "");
            }
            String q = "\"" + c + "\"";
            if (!quoted.contains(q)) {
                quoted.add(q);
            }
        }
        return String.join(",", quoted);
    }
}
