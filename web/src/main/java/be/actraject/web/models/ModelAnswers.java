package be.actraject.web.models;

import be.actraject.bpmn.models.ModelProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The process room's answers to the modeler's validation and deployment, in the reader's language. */
@Component
class ModelAnswers {

    private final MessageSource messages;

    ModelAnswers(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The answer to the modeler: the problems (refusing) and the warnings (not refusing), each on its element, and
     * the list to show; after a deployment with warnings, a link to the new version, whose page shows them too.
     */
    Map<String, Object> of(List<ModelProblem> problems, List<ModelProblem> warnings, String deployedUrl) {
        StringBuilder html = new StringBuilder();
        List<Map<String, String>> listed = list(problems, "error", "data-problem", html);
        if (problems.isEmpty()) {
            html.append("<li class=\"text-success\" data-problem=\"NONE\">")
                    .append(HtmlUtils.htmlEscape(message(deployedUrl == null ? "model.valid" : "model.deployed")))
                    .append("</li>");
        }
        List<Map<String, String>> warned = list(warnings, "warning", "data-warning", html);
        if (deployedUrl != null && !warnings.isEmpty()) {
            html.append("<li data-problem=\"DEPLOYED\"><a href=\"").append(HtmlUtils.htmlEscape(deployedUrl))
                    .append("\">").append(HtmlUtils.htmlEscape(message("model.deployed.open"))).append("</a></li>");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("valid", problems.isEmpty());
        answer.put("problems", listed);
        answer.put("warnings", warned);
        answer.put("html", html.toString());
        if (deployedUrl != null) {
            answer.put("deployedUrl", deployedUrl);
        }
        return answer;
    }

    private List<Map<String, String>> list(List<ModelProblem> problems, String severity, String attribute,
                                           StringBuilder html) {
        List<Map<String, String>> listed = new ArrayList<>();
        List<String> described = describe(problems);
        for (int i = 0; i < problems.size(); i++) {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("code", problems.get(i).code().name());
            p.put("elementId", problems.get(i).elementId());
            p.put("message", described.get(i));
            p.put("severity", severity);
            listed.add(p);
            html.append("<li ").append(attribute).append("=\"").append(problems.get(i).code()).append("\"")
                    .append("warning".equals(severity) ? " class=\"text-warning-emphasis\">" : ">")
                    .append(HtmlUtils.htmlEscape(described.get(i))).append("</li>");
        }
        return listed;
    }

    /** Each problem in the user's language, with the element it is on. */
    List<String> describe(List<ModelProblem> problems) {
        return problems.stream().map(p -> {
            String text = message("model.problem." + p.code(), p.detail() == null ? "" : p.detail());
            return p.elementId() == null ? text : p.elementId() + ": " + text;
        }).toList();
    }

    String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
