package be.actraject.bpmn.sandbox;

import be.actraject.bpmn.sandbox.Finding.Rule;
import org.camunda.bpm.impl.juel.Scanner;
import org.camunda.bpm.impl.juel.Scanner.Symbol;
import org.camunda.bpm.impl.juel.Scanner.Token;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads an expression text (JUEL, as the engine does: literal text with {@code ${…}} and {@code #{…}} parts) with
 * the engine's own scanner and says what in it reaches beyond {@link ModelReach}. Conservative by construction: a
 * member access ({@code .x} or {@code [x]}) is allowed only straight after an allowed bean, the execution, the task
 * the execution or the task, so whatever a value could lead to (its class, its methods) is never named.
 */
final class ExpressionCheck {

    private final ModelReach reach;
    private final Predicate<String> isBean;

    /**
     * @param isBean whether the application has a bean of that name: tells a forbidden bean (an engine service) from
     *               a name that is nothing at all
     */
    ExpressionCheck(ModelReach reach, Predicate<String> isBean) {
        this.reach = reach;
        this.isBean = isBean;
    }

    /** Whether a text holds an expression at all. */
    static boolean isExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /**
     * The findings in one text.
     *
     * @param delegate whether the text stands where the engine calls the resolved object itself
     *                 ({@code camunda:delegateExpression}): there, and only there, a delegate bean may be named whole
     */
    List<Finding> check(String text, String elementId, boolean delegate) {
        Set<Finding> findings = new LinkedHashSet<>();
        List<Token> tokens;
        try {
            tokens = tokens(text);
        } catch (Scanner.ScanException e) {
            return List.of(new Finding(Rule.SYNTAX, elementId, text.strip()));
        }
        Map<Integer, Integer> closing = closingParentheses(tokens);
        if (closing == null) {
            return List.of(new Finding(Rule.SYNTAX, elementId, text.strip()));
        }
        // The closing parenthesis of each call: what follows a call is a member of its plain result.
        Set<Integer> calls = new HashSet<>();
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            Symbol symbol = token.getSymbol();
            if (symbol == Symbol.IDENTIFIER && !after(tokens, i, Symbol.DOT)) {
                i = identifier(tokens, i, closing, calls, delegate, elementId, findings);
                continue;
            }
            if (symbol == Symbol.RPAREN && calls.contains(i)) {
                i = afterCall(tokens, i, elementId, findings);
                continue;
            }
            if (symbol == Symbol.DOT || symbol == Symbol.LBRACK) {
                findings.add(new Finding(Rule.MEMBER_OF_VALUE, elementId, memberText(tokens, i)));
            }
            i++;
        }
        return List.copyOf(findings);
    }

    private int identifier(List<Token> tokens, int i, Map<Integer, Integer> closing, Set<Integer> calls,
                           boolean delegate, String elementId, Set<Finding> findings) {
        String name = tokens.get(i).getImage();
        Symbol next = symbolAt(tokens, i + 1);
        if (next == Symbol.LPAREN) {
            if (!reach.functions().contains(name)) {
                findings.add(new Finding(Rule.FUNCTION, elementId, name + "()"));
            }
            calls.add(closing.get(i + 1));
            return i + 1;
        }
        boolean member = next == Symbol.DOT && symbolAt(tokens, i + 2) == Symbol.IDENTIFIER;
        if (next == Symbol.LBRACK || (next == Symbol.DOT && !member)) {
            findings.add(new Finding(Rule.MEMBER_OF_VALUE, elementId, name + memberText(tokens, i + 1)));
            return i + 1;
        }
        String memberName = member ? tokens.get(i + 2).getImage() : null;
        boolean call = member && symbolAt(tokens, i + 3) == Symbol.LPAREN;
        int end = member ? i + 3 : i + 1;
        judgeName(name, memberName, call, delegate, elementId, findings);
        if (call) {
            calls.add(closing.get(i + 3));
            return i + 3;
        }
        return end;
    }

    /**
     * What a name may be in an expression: an engine object read through its allowed members, a bean called on a
     * reachable method, a delegate named whole where a delegate is expected, or a variable read as it is.
     * {@code memberName} is null when the name stands alone.
     */
    private void judgeName(String name, String memberName, boolean call, boolean delegate, String elementId,
                           Set<Finding> findings) {
        boolean member = memberName != null;
        if (name.equals("execution") || name.equals("task")) {
            Set<String> allowed = name.equals("execution") ? reach.executionReads() : reach.taskReads();
            if (!member) {
                findings.add(new Finding(Rule.ENGINE_MEMBER, elementId, name));
            } else if (!allowed.contains(memberName)) {
                findings.add(new Finding(Rule.ENGINE_MEMBER, elementId, name + "." + memberName));
            }
        } else if (reach.methods().containsKey(name)) {
            if (!member) {
                findings.add(new Finding(Rule.BEAN_AS_VALUE, elementId, name));
            } else if (!call || !reach.callable(name, memberName)) {
                findings.add(new Finding(Rule.METHOD_NOT_REACHABLE, elementId, name + "." + memberName));
            }
        } else if (reach.delegates().contains(name)) {
            if (member || !delegate) {
                findings.add(new Finding(Rule.BEAN_AS_VALUE, elementId, member ? name + "." + memberName : name));
            }
        } else if (isBean.test(name)) {
            findings.add(new Finding(Rule.BEAN_NOT_REACHABLE, elementId, name));
        } else if (member || delegate) {
            // Not a bean: a variable, or nothing. Either way its members are out of reach, and it is no delegate.
            findings.add(new Finding(Rule.UNKNOWN_BEAN, elementId, name));
        }
    }

    private int afterCall(List<Token> tokens, int i, String elementId, Set<Finding> findings) {
        Symbol next = symbolAt(tokens, i + 1);
        if (next == Symbol.DOT || next == Symbol.LBRACK) {
            findings.add(new Finding(Rule.MEMBER_OF_VALUE, elementId, memberText(tokens, i + 1)));
        }
        return i + 1;
    }

    private static boolean after(List<Token> tokens, int i, Symbol symbol) {
        return i > 0 && tokens.get(i - 1).getSymbol() == symbol;
    }

    private static Symbol symbolAt(List<Token> tokens, int i) {
        return i < tokens.size() ? tokens.get(i).getSymbol() : Symbol.EOF;
    }

    /** The member access starting at i, as written: {@code .getClass} or {@code ['class']}. */
    private static String memberText(List<Token> tokens, int i) {
        StringBuilder text = new StringBuilder();
        for (int j = i; j < Math.min(tokens.size(), i + 3); j++) {
            Symbol s = tokens.get(j).getSymbol();
            if (j > i && s != Symbol.IDENTIFIER && s != Symbol.STRING && s != Symbol.RBRACK) {
                break;
            }
            text.append(s == Symbol.STRING ? "'" + tokens.get(j).getImage() + "'" : tokens.get(j).getImage());
        }
        return text.toString();
    }

    /** Index of each '(' → index of its ')'; null when they do not balance. */
    private static Map<Integer, Integer> closingParentheses(List<Token> tokens) {
        Map<Integer, Integer> closing = new HashMap<>();
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            Symbol s = tokens.get(i).getSymbol();
            if (s == Symbol.LPAREN) {
                open.push(i);
            } else if (s == Symbol.RPAREN) {
                if (open.isEmpty()) {
                    return null;
                }
                closing.put(open.pop(), i);
            }
        }
        return open.isEmpty() ? closing : null;
    }

    private static List<Token> tokens(String text) throws Scanner.ScanException {
        Scanner scanner = new Scanner(text) {
        };
        List<Token> tokens = new ArrayList<>();
        for (Token t = scanner.next(); t.getSymbol() != Symbol.EOF; t = scanner.next()) {
            tokens.add(t);
        }
        return tokens;
    }
}
