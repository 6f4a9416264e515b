package org.councilcommons.roadmap.web;

import static org.councilcommons.platform.html.HtmlSanitiser.escape;

import java.util.List;
import java.util.Locale;
import org.councilcommons.roadmap.RoadmapService;
import org.councilcommons.roadmap.StepStatus;

/**
 * A stacked bar per stage of a council's roadmap (done, in progress, not started, dropped) as inline SVG drawn on the
 * server. Each status has its own fill pattern as well as its colour, and each bar is followed by its counts in words,
 * so nothing depends on telling colours apart; the table after the chart gives the same figures to screen readers.
 */
public final class ProgressChart {

    /** The order of the segments, left to right. */
    static final List<StepStatus> ORDER = List.of(StepStatus.DONE, StepStatus.IN_PROGRESS, StepStatus.NOT_STARTED,
            StepStatus.DROPPED);

    private static final int LABEL_WIDTH = 260;
    private static final int BAR_WIDTH = 420;
    private static final int ROW = 64;
    private static final int BAR_HEIGHT = 26;
    private static final int TOP = 50;

    private ProgressChart() {}

    public static String svg(String title, List<RoadmapService.StageProgress> stages) {
        int height = TOP + stages.size() * ROW + 10;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg class=\"commons-progress\" viewBox=\"0 0 %d %d\" role=\"img\""
                + " aria-labelledby=\"progress-title progress-desc\" xmlns=\"http://www.w3.org/2000/svg\">",
                LABEL_WIDTH + BAR_WIDTH + 20, height));
        svg.append("<title id=\"progress-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"progress-desc\">One bar per stage, split into steps done, in progress, not started and"
                + " dropped; the table that follows gives the same figures.</desc>");
        svg.append(patterns());
        legend(svg);
        for (int row = 0; row < stages.size(); row++) {
            RoadmapService.StageProgress stage = stages.get(row);
            int y = TOP + row * ROW;
            svg.append(String.format(Locale.ROOT, "<text class=\"commons-progress__label\" x=\"0\" y=\"%d\">", y + 18))
                    .append(escape(stage.stage().name())).append("</text>");
            int total = Math.max(1, stage.total());
            double x = LABEL_WIDTH;
            for (StepStatus status : ORDER) {
                int n = stage.count(status);
                if (n == 0) {
                    continue;
                }
                double width = (double) BAR_WIDTH * n / total;
                svg.append(String.format(Locale.ROOT, "<rect class=\"commons-progress__%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\""
                        + " height=\"%d\" fill=\"url(#progress-%s)\"/>", status.key(), x, y, width, BAR_HEIGHT, status.key()));
                x += width;
            }
            svg.append(String.format(Locale.ROOT, "<text class=\"commons-progress__counts\" x=\"%d\" y=\"%d\">", LABEL_WIDTH,
                    y + BAR_HEIGHT + 18)).append(escape(counts(stage))).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** "2 done, 1 in progress, 3 not started": the bar in words. */
    static String counts(RoadmapService.StageProgress stage) {
        StringBuilder s = new StringBuilder();
        for (StepStatus status : ORDER) {
            if (stage.count(status) > 0) {
                s.append(s.isEmpty() ? "" : ", ").append(stage.count(status)).append(' ')
                        .append(status.label().toLowerCase(Locale.ROOT));
            }
        }
        return s.toString();
    }

    private static void legend(StringBuilder svg) {
        int x = 0;
        for (StepStatus status : ORDER) {
            svg.append(String.format(Locale.ROOT, "<rect class=\"commons-progress__%s\" x=\"%d\" y=\"8\" width=\"22\""
                    + " height=\"16\" fill=\"url(#progress-%s)\"/>", status.key(), x, status.key()));
            svg.append(String.format(Locale.ROOT, "<text class=\"commons-progress__label\" x=\"%d\" y=\"21\">", x + 28))
                    .append(status.label()).append("</text>");
            x += 28 + status.label().length() * 9 + 24;
        }
    }

    /**
     * Fills: done solid green; in progress blue with white stripes; not started white with dark grey dots and an
     * outline; dropped dark red with white cross-hatching. All have at least 3:1 contrast with the white page.
     */
    private static String patterns() {
        return "<defs>"
                + "<pattern id=\"progress-done\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">"
                + "<rect width=\"8\" height=\"8\" fill=\"#00703c\"/></pattern>"
                + "<pattern id=\"progress-in-progress\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\""
                + " patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"#1d70b8\"/>"
                + "<rect width=\"2\" height=\"8\" fill=\"#ffffff\"/></pattern>"
                + "<pattern id=\"progress-not-started\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">"
                + "<rect width=\"8\" height=\"8\" fill=\"#ffffff\"/><circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"#505a5f\"/></pattern>"
                + "<pattern id=\"progress-dropped\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">"
                + "<rect width=\"8\" height=\"8\" fill=\"#942514\"/><path d=\"M0 0L8 8M8 0L0 8\" stroke=\"#ffffff\""
                + " stroke-width=\"1\"/></pattern>"
                + "</defs>";
    }
}
