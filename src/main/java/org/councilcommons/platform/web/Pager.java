package org.councilcommons.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The links of a GOV.UK pagination component: first, last, the current page and its neighbours, with ellipses. */
public record Pager(int page, int pages, String previous, String next, List<Link> links) {

    public record Link(int number, String href, boolean current, boolean ellipsis) {}

    public static Pager of(String path, Map<String, String> query, int page, int pages) {
        List<Link> links = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - page) <= 1) {
                if (last != 0 && n - last > 1) {
                    links.add(new Link(0, null, false, true));
                }
                links.add(new Link(n, href(path, query, n), n == page, false));
                last = n;
            }
        }
        return new Pager(page, pages, page > 1 ? href(path, query, page - 1) : null,
                page < pages ? href(path, query, page + 1) : null, links);
    }

    public static String href(String path, Map<String, String> query, int page) {
        Map<String, String> q = new LinkedHashMap<>(query);
        q.remove("page");
        if (page > 1) {
            q.put("page", String.valueOf(page));
        }
        return path + queryString(q);
    }

    public static String queryString(Map<String, String> query) {
        StringBuilder sb = new StringBuilder();
        query.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                sb.append(sb.isEmpty() ? '?' : '&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return sb.toString();
    }
}
