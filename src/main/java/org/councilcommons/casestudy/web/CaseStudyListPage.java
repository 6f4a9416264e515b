package org.councilcommons.casestudy.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilcommons.casestudy.Barrier;
import org.councilcommons.casestudy.CaseStudyFilter;
import org.councilcommons.casestudy.CaseStudyService;
import org.councilcommons.casestudy.EditorialState;
import org.councilcommons.casestudy.ProjectStatus;
import org.councilcommons.council.CouncilType;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.web.Option;
import org.councilcommons.platform.web.Pager;
import org.councilcommons.platform.web.Pages;
import org.councilcommons.platform.web.Paging;

/**
 * The list of published case studies with filters in a GET form, so every filtered view has an address to share.
 * An unknown filter value is named in a message rather than failing the page.
 */
@Named("caseStudyList")
@RequestScoped
public class CaseStudyListPage {

    static final int PAGE_SIZE = 10;

    public record ActiveFilter(String label, String removeHref) {}

    @Inject
    CaseStudyService caseStudies;

    private final Map<String, String> query = new LinkedHashMap<>();
    private final List<FieldError> errors = new ArrayList<>();
    private Barrier barrier;
    private ProjectStatus status;
    private CouncilType councilType;
    private CaseStudyService.Page result;
    private Pager pager;

    @PostConstruct
    void load() {
        for (String key : List.of("q", "barrier", "status", "councilType", "theme", "council", "region")) {
            String v = Pages.param(key);
            if (v != null) {
                query.put(key, v.length() > 100 ? v.substring(0, 100) : v);
            }
        }
        barrier = parse("barrier", Barrier.parse(query.get("barrier")).orElse(null));
        status = parse("status", ProjectStatus.parse(query.get("status")).orElse(null));
        councilType = parse("councilType", CouncilType.parse(query.get("councilType")).orElse(null));
        int page = 1;
        String p = Pages.param("page");
        if (p != null) {
            try {
                page = Math.min(Math.max(1, Integer.parseInt(p)), Paging.MAX_PAGE);
            } catch (NumberFormatException e) {
                page = 1;
            }
        }
        CaseStudyFilter filter = new CaseStudyFilter(query.get("council"), query.get("theme"), barrier, status,
                councilType, query.get("region"), EditorialState.PUBLISHED);
        result = caseStudies.list(filter, page - 1, PAGE_SIZE);
        pager = Pager.of("/case-studies", query, page, result.pages());
    }

    private <T> T parse(String key, T value) {
        if (query.containsKey(key) && value == null) {
            errors.add(new FieldError(key, "There is no " + key.replace("councilType", "council type") + " called '"
                    + query.get(key) + "'; showing all"));
            query.remove(key);
        }
        return value;
    }

    public CaseStudyService.Page getResult() {
        return result;
    }

    public Pager getPager() {
        return pager;
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public List<Option> getBarrierOptions() {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "Any barrier", barrier == null));
        Arrays.stream(Barrier.values()).forEach(b -> options.add(new Option(b.key(), b.label(), b == barrier)));
        return options;
    }

    public List<Option> getStatusOptions() {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "Any status", status == null));
        Arrays.stream(ProjectStatus.values()).forEach(s -> options.add(new Option(s.key(), s.label(), s == status)));
        return options;
    }

    public List<Option> getCouncilTypeOptions() {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "Any type of council", councilType == null));
        Arrays.stream(CouncilType.values()).forEach(t -> options.add(new Option(t.name().toLowerCase(java.util.Locale.ROOT),
                t.label(), t == councilType)));
        return options;
    }

    public String getTheme() {
        return query.get("theme");
    }

    /** The filters in force, each with a link that removes it (the MOJ filter's "selected filters"). */
    public List<ActiveFilter> getActiveFilters() {
        List<ActiveFilter> active = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>();
        if (barrier != null) {
            labels.put("barrier", barrier.label());
        }
        if (status != null) {
            labels.put("status", status.label());
        }
        if (councilType != null) {
            labels.put("councilType", councilType.label());
        }
        for (String key : List.of("theme", "council", "region")) {
            if (query.containsKey(key)) {
                labels.put(key, query.get(key));
            }
        }
        labels.forEach((key, label) -> {
            Map<String, String> without = new LinkedHashMap<>(query);
            without.remove(key);
            active.add(new ActiveFilter(label, "/case-studies" + Pager.queryString(without)));
        });
        return active;
    }
}
