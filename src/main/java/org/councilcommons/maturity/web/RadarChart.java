package org.councilcommons.maturity.web;

import static org.councilcommons.platform.html.HtmlSanitiser.escape;

import java.util.List;
import java.util.Locale;

/**
 * A radar chart of levels per dimension as inline SVG, drawn on the server (no script). It is a picture of the table
 * beside it: screen readers get the table, and the SVG carries a title and a description.
 */
public final class RadarChart {

    private static final double CX = 420;
    private static final double CY = 230;
    private static final double R = 150;
    private static final int MAX = 5;

    private RadarChart() {}

    /** One axis: its label, the council's level and the comparison level (null when there is none). */
    public record Axis(String label, int level, Integer comparison) {}

    public static String svg(String title, List<Axis> axes, String comparisonName) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"commons-radar\" viewBox=\"0 0 840 460\" role=\"img\" aria-labelledby=\"radar-title radar-desc\""
                + " xmlns=\"http://www.w3.org/2000/svg\">");
        svg.append("<title id=\"radar-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"radar-desc\">Levels from 1 to 5 on each of ").append(axes.size())
                .append(" dimensions; the table that follows gives the same figures.</desc>");
        for (int ring = 1; ring <= MAX; ring++) {
            int level = ring;
            svg.append("<polygon class=\"commons-radar__ring\" points=\"")
                    .append(points(axes.stream().map(a -> level).toList())).append("\"/>");
        }
        for (int i = 0; i < axes.size(); i++) {
            double[] end = point(i, axes.size(), MAX);
            svg.append(String.format(Locale.ROOT, "<line class=\"commons-radar__axis\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
                    CX, CY, end[0], end[1]));
            double[] at = point(i, axes.size(), MAX + 0.45);
            String anchor = Math.abs(at[0] - CX) < 1 ? "middle" : at[0] > CX ? "start" : "end";
            svg.append(String.format(Locale.ROOT, "<text class=\"commons-radar__label\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">",
                    at[0], at[1] + 4, anchor)).append(escape(axes.get(i).label())).append("</text>");
        }
        if (axes.stream().allMatch(a -> a.comparison() != null)) {
            svg.append("<polygon class=\"commons-radar__comparison\" points=\"")
                    .append(points(axes.stream().map(Axis::comparison).toList())).append("\"><title>")
                    .append(escape(comparisonName)).append("</title></polygon>");
        }
        svg.append("<polygon class=\"commons-radar__council\" points=\"")
                .append(points(axes.stream().map(Axis::level).toList())).append("\"/>");
        for (int i = 0; i < axes.size(); i++) {
            double[] p = point(i, axes.size(), axes.get(i).level());
            svg.append(String.format(Locale.ROOT, "<circle class=\"commons-radar__point\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\"/>", p[0], p[1]));
        }
        return svg.append("</svg>").toString();
    }

    private static String points(List<Integer> levels) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < levels.size(); i++) {
            double[] p = point(i, levels.size(), levels.get(i));
            s.append(String.format(Locale.ROOT, "%s%.1f,%.1f", i == 0 ? "" : " ", p[0], p[1]));
        }
        return s.toString();
    }

    /** Axis i of n, at a distance of {@code level} out of 5 from the centre; the first axis points up. */
    static double[] point(int i, int n, double level) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        double r = R * level / MAX;
        return new double[] {CX + r * Math.cos(angle), CY + r * Math.sin(angle)};
    }
}
