package be.actraject.web.reports;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small SVG writer for the dashboard's charts: the picture is our own screen, not a format read back, so a string
 * builder with escaped text is enough and no chart library (nor JavaScript) is needed. The drawing scales with
 * its container: a viewBox in user units and {@code width="100%"}, so one chart serves 1280 px and 390 px alike.
 */
final class Svg {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

    private final StringBuilder out = new StringBuilder();

    /** Opens an SVG of {@code width} × {@code height} user units with its accessible title (escaped). */
    Svg(int width, int height, String title) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"100%\" role=\"img\" preserveAspectRatio=\"xMinYMin meet\" class=\"chart\">")
                .append("<title>").append(escape(title)).append("</title>");
    }

    /** A filled rectangle, with a tooltip title when {@code tip} is not null. */
    Svg rect(double x, double y, double width, double height, String fill, String tip) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(Math.max(0, width))).append("\" height=\"").append(num(Math.max(0, height)))
                .append("\" fill=\"").append(escape(fill)).append('"');
        if (tip == null) {
            out.append("/>");
        } else {
            out.append("><title>").append(escape(tip)).append("</title></rect>");
        }
        return this;
    }

    /** A line of text; {@code anchor} is start, middle or end. */
    Svg text(double x, double y, String text, String anchor) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" font-size=\"13\" font-family=\"DejaVu Sans, sans-serif\" fill=\"#212529\">")
                .append(escape(text)).append("</text>");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2) {
        out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                .append(num(x2)).append("\" y2=\"").append(num(y2)).append("\" stroke=\"#adb5bd\"/>");
        return this;
    }

    /** The finished document. */
    String build() {
        return out + "</svg>";
    }

    /**
     * The same drawing at a fixed size for a PDF, where "100%" has no screen to fill: the viewBox's user units as
     * points, scaled by {@code scale}.
     */
    static String forPrint(String svg, double scale) {
        Matcher box = VIEW_BOX.matcher(svg);
        if (!box.find()) {
            return svg;
        }
        return svg.replaceFirst(" width=\"100%\"", " width=\"" + num(Integer.parseInt(box.group(1)) * scale)
                + "pt\" height=\"" + num(Integer.parseInt(box.group(2)) * scale) + "pt\"");
    }

    /** Text and attribute values escaped for XML: a candidate's or group's name may hold {@code <} or {@code &}. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
