package org.councilcommons.maturity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.councilcommons.council.Council;
import org.councilcommons.identity.ProfileService;
import org.councilcommons.maturity.Dimension;
import org.councilcommons.maturity.LinkService;
import org.councilcommons.maturity.MaturityService;
import org.councilcommons.maturity.PeerMatcher;
import org.councilcommons.maturity.PeerService;
import org.councilcommons.maturity.Profile;
import org.councilcommons.platform.errors.CommonsException;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.platform.web.Pages;

/** Peer suggestions for the member's council, its links and link requests, and the public model page. */
@Named("peerPages")
@RequestScoped
public class PeerPages {

    @Inject
    PeerService peers;

    @Inject
    LinkService links;

    @Inject
    MaturityService maturity;

    private PeerService.PeerReport report;
    private String notice;
    private List<FieldError> errors = List.of();

    /** Peers page on GET: a council that has not assessed yet is told so instead. */
    public void load() {
        try {
            report = peers.peers(maturity.ownCouncil().code());
        } catch (CommonsException e) {
            notice = e.getMessage();
        }
    }

    public PeerService.PeerReport getReport() {
        return report;
    }

    public String getNotice() {
        return notice;
    }

    public Dimension dimension(String key) {
        return maturity.model().dimension(key).orElseThrow();
    }

    /** Case studies on a dimension: filtered by its first barrier, or searched by its first keyword. */
    public String searchLink(String key) {
        Dimension d = dimension(key);
        return d.barriers().isEmpty()
                ? "/search?q=" + java.net.URLEncoder.encode(d.keywords().getFirst(), java.nio.charset.StandardCharsets.UTF_8)
                : "/search?barrier=" + d.barriers().getFirst();
    }

    public String levelName(int level) {
        return maturity.model().levelName(level);
    }

    public boolean isCanAssess() {
        return maturity.canAssess();
    }

    // ---- links

    private List<LinkService.LinkView> mine;
    private final java.util.Map<Long, List<SharedLevel>> shared = new java.util.HashMap<>();

    public List<LinkService.LinkView> getLinks() {
        if (mine == null) {
            mine = links.mine();
        }
        return mine;
    }

    public List<ProfileService.Contact> contactsOf(Council council) {
        return links.contactsOf(council.id());
    }

    public String request() {
        try {
            links.request(Pages.param("council"), Pages.param("message"));
            Pages.redirect("/manage/maturity/links?done=requested");
        } catch (InvalidInput e) {
            errors = e.errors();
        } catch (CommonsException e) {
            errors = List.of(new FieldError("council", e.getMessage()));
        }
        return null;
    }

    public String accept() {
        return answer("accepted", true);
    }

    public String decline() {
        return answer("declined", false);
    }

    public String end() {
        try {
            links.end(Long.parseLong(String.valueOf(Pages.param("link"))));
            Pages.redirect("/manage/maturity/links?done=ended");
        } catch (NumberFormatException | CommonsException e) {
            errors = List.of(new FieldError("links", "That link could not be ended: it may have ended already"));
        }
        return null;
    }

    private String answer(String done, boolean accept) {
        try {
            links.answer(Long.parseLong(String.valueOf(Pages.param("link"))), accept);
            Pages.redirect("/manage/maturity/links?done=" + done);
        } catch (NumberFormatException | CommonsException e) {
            errors = List.of(new FieldError("links", "That request could not be answered: it may have been answered already"));
        }
        return null;
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public String error(String field) {
        return Pages.errorFor(errors, field);
    }

    public String getDone() {
        return Pages.param("done");
    }

    // ---- a council's page

    /** One dimension of a council's shared levels. */
    public record SharedLevel(String dimension, int level, String levelName) {}

    /** The council's latest levels, when the reader may see them (its own, linked and shared, or shared with all). */
    public List<SharedLevel> sharedLevels(Long councilId) {
        return shared.computeIfAbsent(councilId, id -> maturity.sharedLatest(id)
                .map(a -> a.levelsInOrder(maturity.model()).entrySet().stream()
                        .map(e -> new SharedLevel(dimension(e.getKey()).name(), e.getValue(), levelName(e.getValue())))
                        .toList()).orElse(List.of()));
    }

    // ---- the public model page

    /** How many councils are at each stage, shown only for groups of at least five ("fewer than 5" otherwise). */
    public Map<Integer, String> getStages() {
        Map<Integer, Long> counts = new TreeMap<>();
        for (Profile p : peers.profiles()) {
            counts.merge(p.stage(), 1L, Long::sum);
        }
        Map<Integer, String> shown = new TreeMap<>();
        for (int level = 1; level <= 5; level++) {
            long n = counts.getOrDefault(level, 0L);
            shown.put(level, n == 0 ? "None" : n < PeerMatcher.SMALLEST_GROUP ? "Fewer than 5" : String.valueOf(n));
        }
        return shown;
    }
}
