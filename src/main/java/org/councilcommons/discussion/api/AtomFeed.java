package org.councilcommons.discussion.api;

import static org.councilcommons.platform.html.HtmlSanitiser.escape;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.councilcommons.discussion.Category;
import org.councilcommons.discussion.DiscussionThread;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Writes an Atom 1.0 feed (RFC 4287) of a category's threads, escaping every text it carries. */
@ApplicationScoped
public class AtomFeed {

    @Inject
    @ConfigProperty(name = "commons.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    String of(Category category, List<DiscussionThread> threads) {
        Instant updated = threads.stream().map(DiscussionThread::lastPostedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <title>").append(escape("Council Commons: " + category.name())).append("</title>\n")
                .append("  <subtitle>").append(escape(category.description())).append("</subtitle>\n")
                .append("  <id>").append(escape(publicUrl + "/discussions/" + category.key())).append("</id>\n")
                .append("  <link rel=\"alternate\" href=\"").append(escape(publicUrl + "/discussions/" + category.key())).append("\"/>\n")
                .append("  <link rel=\"self\" href=\"").append(escape(publicUrl + "/discussions/" + category.key() + "/feed")).append("\"/>\n")
                .append("  <updated>").append(updated).append("</updated>\n")
                .append("  <author><name>Council Commons</name></author>\n");
        for (DiscussionThread t : threads) {
            String url = publicUrl + "/threads/" + t.id();
            xml.append("  <entry>\n")
                    .append("    <title>").append(escape(t.title())).append("</title>\n")
                    .append("    <id>").append(escape(url)).append("</id>\n")
                    .append("    <link rel=\"alternate\" href=\"").append(escape(url)).append("\"/>\n")
                    .append("    <published>").append(t.createdAt()).append("</published>\n")
                    .append("    <updated>").append(t.lastPostedAt()).append("</updated>\n")
                    .append("    <summary>").append(t.postCount()).append(t.postCount() == 1 ? " post" : " posts")
                    .append(t.isSolved() ? ", solved" : "").append("</summary>\n")
                    .append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }
}
