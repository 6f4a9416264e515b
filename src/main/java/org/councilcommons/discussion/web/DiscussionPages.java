package org.councilcommons.discussion.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilcommons.discussion.Category;
import org.councilcommons.discussion.DiscussionService;
import org.councilcommons.discussion.DiscussionThread;
import org.councilcommons.discussion.ModerationService;
import org.councilcommons.discussion.Post;
import org.councilcommons.identity.Caller;
import org.councilcommons.identity.ProfileService;
import org.councilcommons.platform.errors.CommonsException;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.platform.errors.NotFound;
import org.councilcommons.platform.web.Option;
import org.councilcommons.platform.web.Pager;
import org.councilcommons.platform.web.Pages;

/** The discussion pages: categories, a category's threads, one thread with its replies, a new thread. */
@Named("discussionPages")
@RequestScoped
public class DiscussionPages {

    static final int THREADS_PER_PAGE = 30;
    static final int POSTS_PER_PAGE = 50;

    @Inject
    DiscussionService discussions;

    @Inject
    ModerationService moderation;

    @Inject
    ProfileService profiles;

    @Inject
    Caller caller;

    @Inject
    org.councilcommons.council.CouncilService councils;

    @Inject
    org.councilcommons.discussion.NotificationService notifications;

    private DiscussionService.ThreadList threads;
    private DiscussionService.ThreadPage thread;
    private Category category;
    private Map<Long, String> names = Map.of();
    private List<FieldError> errors = List.of();

    public List<Category> getCategories() {
        return discussions.categories();
    }

    /** A category's threads (or all), filtered; GET. */
    public void loadThreads() {
        String key = Pages.param("category");
        try {
            category = key == null ? null : discussions.categories().stream().filter(c -> c.key().equals(key)).findFirst()
                    .orElseThrow(() -> new NotFound("No category " + key));
            threads = discussions.threads(key, filter(), null, page() - 1, THREADS_PER_PAGE);
        } catch (NotFound e) {
            Pages.sendError(404);
        } catch (InvalidInput e) {
            errors = e.errors();
            threads = discussions.threads(key, null, null, 0, THREADS_PER_PAGE);
        } catch (CommonsException e) {
            Pages.redirect("/sign-in?next=/discussions");
        }
    }

    private String filter() {
        String f = Pages.param("filter");
        return f == null || f.equals("all") ? null : f;
    }

    private int page() {
        try {
            return Math.max(1, Math.min(10_000, Integer.parseInt(String.valueOf(Pages.param("page")))));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The newest threads about a council, for its page. */
    public List<DiscussionThread> threadsAboutCouncil(Long councilId) {
        return discussions.threadsAbout(councilId, 10);
    }

    /** The council a thread is about, for a link on the thread page; null if none. */
    public org.councilcommons.council.Council councilOf(DiscussionThread t) {
        if (t.councilId() == null) {
            return null;
        }
        if (about == null) {
            about = councils.get(t.councilId());
        }
        return about;
    }

    private org.councilcommons.council.Council about;

    /** The newest threads about a case study, for its page. */
    public List<DiscussionThread> threadsAbout(long caseStudyId) {
        return discussions.threads(null, null, caseStudyId, 0, 10).threads();
    }

    public Category getCategory() {
        return category;
    }

    public DiscussionService.ThreadList getThreads() {
        return threads;
    }

    public Pager getThreadPager() {
        Map<String, String> query = new LinkedHashMap<>();
        if (filter() != null) {
            query.put("filter", filter());
        }
        String path = category == null ? "/discussions/all" : "/discussions/" + category.key();
        return Pager.of(path, query, threads.page() + 1, (int) Math.max(1, (threads.total() + THREADS_PER_PAGE - 1) / THREADS_PER_PAGE));
    }

    public List<Option> getFilters() {
        String current = filter() == null ? "all" : filter();
        return List.of(new Option("all", "All", current.equals("all")), new Option("unanswered", "Unanswered", current.equals("unanswered")),
                new Option("solved", "Solved", current.equals("solved")), new Option("mine", "Mine", current.equals("mine")),
                new Option("watching", "Watching", current.equals("watching")));
    }

    // ---- one thread

    public void loadThread() {
        thread = null;
        if (getThread() == null) {
            Pages.sendError(404);
            return;
        }
        if (caller.isSignedIn() && !thread.posts().isEmpty()) {
            notifications.read(thread.thread().id(), thread.posts().getLast().number());
        }
    }

    private Boolean watching;

    public boolean isWatching() {
        if (watching == null) {
            watching = getThread() != null && notifications.watching("thread", getThread().thread().id().toString());
        }
        return watching;
    }

    public String toggleWatch() {
        return act(() -> notifications.watch("thread", Pages.param("id"), !isWatching()), "watch");
    }

    public String markHelpful() {
        return act(() -> discussions.helpful(threadId(), Integer.parseInt(Pages.param("post"))), "helpful");
    }

    public String acceptAnswer() {
        return act(() -> discussions.accept(threadId(), Integer.valueOf(Pages.param("post"))), "accepted");
    }

    public String flagPost() {
        return act(() -> moderation.flag(threadId(), Integer.parseInt(Pages.param("post")), Pages.param("reason")), "flagged");
    }

    public String hidePost() {
        return moderate(false);
    }

    public String restorePost() {
        return moderate(true);
    }

    /** Moderators, from the queue: hide the post (with a reason the author sees), or keep it and dismiss the flags. */
    private String moderate(boolean restore) {
        try {
            long id = Long.parseLong(String.valueOf(Pages.param("thread")));
            int post = Integer.parseInt(String.valueOf(Pages.param("post")));
            if (restore) {
                moderation.restore(id, post, Pages.param("reason"));
            } else {
                moderation.hide(id, post, Pages.param("reason"));
            }
            Pages.redirect("/manage/moderation?done=1");
        } catch (NumberFormatException | CommonsException e) {
            errors = List.of(new FieldError("reason", e instanceof InvalidInput invalid ? invalid.errors().getFirst().message()
                    : String.valueOf(e.getMessage())));
        }
        return null;
    }

    private long threadId() {
        return Long.parseLong(String.valueOf(Pages.param("id")));
    }

    private String act(Runnable action, String done) {
        try {
            action.run();
            Pages.redirect("/threads/" + threadId() + "?done=" + done + (Pages.param("post") == null ? "" : "#post-" + Pages.param("post")));
        } catch (InvalidInput e) {
            errors = e.errors();
        } catch (NumberFormatException | CommonsException e) {
            errors = List.of(new FieldError("posts", e.getMessage() == null ? "That could not be done" : e.getMessage()));
        }
        return null;
    }

    public String getDone() {
        return Pages.param("done");
    }

    public boolean canAccept() {
        return getThread() != null && org.councilcommons.discussion.DiscussionPolicy.canAccept(caller.actor(), getThread().thread());
    }

    public boolean mine(Post post) {
        return caller.memberId().map(id -> id.equals(post.authorId())).orElse(false);
    }

    /** "New" for a thread the member never opened, "3 new" for replies since they last read it. */
    public String unread(DiscussionThread t) {
        if (!caller.isSignedIn()) {
            return null;
        }
        if (readUpTo == null) {
            readUpTo = notifications.readUpTo(threads.threads().stream().map(DiscussionThread::id).toList());
        }
        Integer read = readUpTo.get(t.id());
        if (read == null) {
            return "New";
        }
        return t.postCount() > read ? (t.postCount() - read) + " new" : null;
    }

    private Map<Long, Integer> readUpTo;

    // ---- notifications page

    public List<org.councilcommons.discussion.Notification> getNotifications() {
        return notifications.mine(100);
    }

    private Long unreadNotifications;

    public long getUnreadNotifications() {
        if (unreadNotifications == null) {
            unreadNotifications = notifications.unread();
        }
        return unreadNotifications;
    }

    public List<Option> getEmailOptions() {
        String current = Pages.param("email") != null ? Pages.param("email") : notifications.emailMode().name().toLowerCase();
        return List.of(new Option("immediate", "Straight away, one e-mail each", current.equals("immediate")),
                new Option("daily", "Once a day, in a digest", current.equals("daily")),
                new Option("never", "Never: I will look in the site", current.equals("never")));
    }

    public String chooseEmail() {
        try {
            notifications.chooseEmail(Pages.param("email"));
            Pages.redirect("/manage/notifications?done=email");
        } catch (InvalidInput e) {
            errors = e.errors();
        }
        return null;
    }

    public String markAllRead() {
        notifications.markAllRead();
        Pages.redirect("/manage/notifications?done=read");
        return null;
    }

    /** Loaded on first use, so that postbacks (where no view action runs) see the thread too. */
    public DiscussionService.ThreadPage getThread() {
        if (thread == null && Pages.param("id") != null) {
            try {
                long id = Long.parseLong(Pages.param("id"));
                thread = discussions.thread(id, page() - 1, POSTS_PER_PAGE);
                names = profiles.namesOf(thread.posts().stream().map(Post::authorId).toList());
            } catch (NumberFormatException | NotFound e) {
                return null;
            } catch (org.councilcommons.platform.errors.NotSignedIn e) {
                Pages.redirect("/sign-in?next=/threads/" + Pages.param("id"));
                return null;
            }
        }
        return thread;
    }

    public Pager getPostPager() {
        return Pager.of("/threads/" + thread.thread().id(), Map.of(), thread.page() + 1, thread.pages());
    }

    public String author(Post post) {
        return names.getOrDefault(post.authorId(), "A former member");
    }

    /** What to type to mention a post's author. */
    public String handle(Post post) {
        return names.containsKey(post.authorId()) ? "@" + ProfileService.handleOf(names.get(post.authorId())) : "";
    }

    public boolean canRead(Post post) {
        return discussions.canRead(post);
    }

    public boolean isSignedIn() {
        return caller.isSignedIn();
    }

    /** Posts a reply; on an error the typed text stays in the box. */
    public String reply() {
        try {
            long id = Long.parseLong(String.valueOf(Pages.param("id")));
            Post post = discussions.reply(id, Pages.rawParam("body"), null, Pages.param("idempotencyKey"));
            int pages = (post.number() + POSTS_PER_PAGE - 1) / POSTS_PER_PAGE;
            Pages.redirect("/threads/" + id + (pages > 1 ? "?page=" + pages : "") + "#post-" + post.number());
        } catch (InvalidInput e) {
            errors = e.errors();
        } catch (NumberFormatException | CommonsException e) {
            errors = List.of(new FieldError("body", e.getMessage() == null ? "Your reply could not be posted" : e.getMessage()));
        }
        return null;
    }

    /** Starts a thread; on an error everything typed stays. */
    public String start() {
        try {
            Long caseStudy = Pages.param("caseStudy") == null ? null : Long.valueOf(Pages.param("caseStudy"));
            DiscussionThread t = discussions.start(Pages.param("category"), Pages.param("title"), Pages.rawParam("body"),
                    caseStudy, Pages.param("council"), Pages.param("step"), Pages.param("idempotencyKey"));
            Pages.redirect("/threads/" + t.id());
        } catch (InvalidInput e) {
            errors = e.errors();
        } catch (NumberFormatException | CommonsException e) {
            errors = List.of(new FieldError("title", e.getMessage() == null ? "Your thread could not be started" : e.getMessage()));
        }
        return null;
    }

    public List<Option> getCategoryOptions() {
        String chosen = Pages.param("category");
        List<Option> options = new java.util.ArrayList<>();
        options.add(new Option("", "Choose a category", chosen == null));
        discussions.categories().forEach(c -> options.add(new Option(c.key(), c.name(), c.key().equals(chosen))));
        return options;
    }

    /** A fresh key per form shown, so a double-clicked or resent form posts once. */
    public String getIdempotencyKey() {
        String sent = Pages.param("idempotencyKey");
        return sent != null ? sent : java.util.UUID.randomUUID().toString();
    }

    // ---- moderation queue

    private List<ModerationService.QueueEntry> queue;

    public List<ModerationService.QueueEntry> getQueue() {
        if (queue == null) {
            queue = moderation.queue();
        }
        return queue;
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public String error(String field) {
        return Pages.errorFor(errors, field);
    }
}
