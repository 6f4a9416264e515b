package org.councilcommons.roadmap;

import java.util.List;

/**
 * What a moderator writes about a step: the form's and the API's input, and what each revision records. The
 * dimensions are keys of the maturity model.
 */
public record StepText(String stageKey, String title, String summary, String doneLooksLike, String evidence,
        List<String> dimensions, String searchTerms) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_SEARCH = 300;

    public StepText {
        stageKey = trim(stageKey);
        title = trim(title);
        summary = trim(summary);
        doneLooksLike = trim(doneLooksLike);
        evidence = trim(evidence);
        dimensions = dimensions == null ? List.of()
                : dimensions.stream().filter(d -> d != null && !d.isBlank()).map(String::trim).distinct().toList();
        searchTerms = trim(searchTerms);
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    String dimensionList() {
        return String.join(",", dimensions);
    }

    static List<String> dimensionsOf(String list) {
        return list == null || list.isBlank() ? List.of() : List.of(list.split(","));
    }
}
