package org.councilcommons.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses people can read and share ({@code /case-studies/42}) forwarded to the Facelets page that renders them.
 * The table is the site map; a path not in it goes on unchanged (assets, the API, .xhtml postbacks). The first
 * route that matches wins ({@code /roadmap/steps/new} before the step pages).
 */
@WebFilter(filterName = "cleanUrls") // mapped in web.xml, where the order is set
public class CleanUrls extends HttpFilter {

    private record Route(Pattern pattern, String target) {}

    private static final List<Route> ROUTES = List.of(
            route("/", "/index.xhtml"),
            route("/case-studies", "/pages/case-study-list.xhtml"),
            route("/case-studies/(\\d{1,18})", "/pages/case-study.xhtml?id=$1"),
            route("/councils", "/pages/council-list.xhtml"),
            route("/councils/([A-Za-z0-9]{1,12})", "/pages/council.xhtml?code=$1"),
            route("/manage/case-studies/new", "/manage/case-study-form.xhtml"),
            route("/manage/case-studies/(\\d{1,18})/edit", "/manage/case-study-form.xhtml?id=$1"),
            route("/sign-in", "/sign-in.xhtml"),
            route("/sign-out", "/sign-out.xhtml"),
            route("/accessibility", "/accessibility.xhtml"),
            route("/register", "/pages/register.xhtml"),
            route("/register/check-email", "/pages/register-sent.xhtml"),
            route("/confirm", "/pages/confirm.xhtml"),
            route("/forgot-password", "/pages/forgot-password.xhtml"),
            route("/forgot-password/sent", "/pages/forgot-password-sent.xhtml"),
            route("/reset-password", "/pages/reset-password.xhtml"),
            route("/account", "/account/index.xhtml"),
            route("/admin/members", "/admin/members.xhtml"),
            route("/admin/audit", "/admin/audit.xhtml"),
            route("/search", "/pages/search.xhtml"),
            route("/maturity", "/pages/maturity.xhtml"),
            route("/discussions", "/pages/discussions.xhtml"),
            route("/discussions/all", "/pages/thread-list.xhtml"),
            route("/discussions/([a-z0-9-]{1,60})", "/pages/thread-list.xhtml?category=$1"),
            route("/discussions/([a-z0-9-]{1,60})/feed", "/api/v1/categories/$1/feed"),
            route("/manage/notifications", "/manage/notifications.xhtml"),
            route("/threads/(\\d{1,18})", "/pages/thread.xhtml?id=$1"),
            route("/manage/discussions/new", "/manage/new-thread.xhtml"),
            route("/manage/moderation", "/manage/moderation.xhtml"),
            route("/manage/maturity", "/manage/maturity.xhtml"),
            route("/manage/maturity/questions/([a-z0-9-]{1,60})", "/manage/maturity-questions.xhtml?dimension=$1"),
            route("/manage/maturity/check", "/manage/maturity-check.xhtml"),
            route("/manage/maturity/results/(\\d{1,18})", "/manage/maturity-results.xhtml?id=$1"),
            route("/manage/maturity/peers", "/manage/maturity-peers.xhtml"),
            route("/manage/maturity/links", "/manage/maturity-links.xhtml"),
            route("/admin/search", "/admin/search.xhtml"),
            route("/roadmap", "/pages/roadmap.xhtml"),
            route("/roadmap/steps/new", "/pages/roadmap-step-form.xhtml"),
            route("/roadmap/stages/new", "/pages/roadmap-stage-form.xhtml"),
            route("/roadmap/stages/([a-z0-9-]{1,60})/edit", "/pages/roadmap-stage-form.xhtml?stage=$1"),
            route("/roadmap/steps/([a-z0-9-]{1,60})", "/pages/roadmap-step.xhtml?key=$1"),
            route("/roadmap/steps/([a-z0-9-]{1,60})/edit", "/pages/roadmap-step-form.xhtml?step=$1"),
            route("/roadmap/steps/([a-z0-9-]{1,60})/revisions", "/pages/roadmap-revisions.xhtml?key=$1"),
            route("/councils/([A-Za-z0-9]{1,12})/roadmap", "/pages/council-roadmap.xhtml?code=$1"),
            route("/councils/([A-Za-z0-9]{1,12})/roadmap/print", "/pages/council-roadmap-print.xhtml?code=$1"),
            route("/councils/([A-Za-z0-9]{1,12})/roadmap/steps/([a-z0-9-]{1,60})",
                    "/pages/council-roadmap-step.xhtml?code=$1&step=$2"),
            route("/manage/roadmap", "/manage/roadmap.xhtml"));

    private static Route route(String pattern, String target) {
        return new Route(Pattern.compile(pattern), target);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        for (Route route : ROUTES) {
            Matcher m = route.pattern().matcher(path);
            if (m.matches()) {
                request.getRequestDispatcher(m.replaceFirst(route.target())).forward(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
