package org.councilcommons.roadmap;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.councilcommons.casestudy.CaseStudyService;
import org.councilcommons.council.Council;
import org.councilcommons.council.CouncilService;
import org.councilcommons.identity.ProfileService;
import org.councilcommons.platform.Repeating;
import org.councilcommons.platform.mail.Mail;
import org.councilcommons.platform.persistence.SchemaReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps roadmaps and case studies alive. A step past its target date prompts its owner (or, with no owner, the
 * council's editors) at most once a week until it is done, dropped or given a new date; a published case study
 * nobody has updated for {@code commons.roadmap.stale-after} (six months) prompts its council's editors once per
 * such period. Each reminder is claimed in the database before it is sent, so two nodes never send the same one.
 */
@ApplicationScoped
public class RoadmapReminders {

    private static final Logger LOG = Logger.getLogger(RoadmapReminders.class.getName());
    static final Duration REMIND_EVERY = Duration.ofDays(7);
    static final int BATCH = 500;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** What one run sent. */
    public record Sent(int overdueSteps, int staleCaseStudies) {}

    @Inject
    RoadmapRepository repository;

    @Inject
    CaseStudyService caseStudies;

    @Inject
    CouncilService councils;

    @Inject
    ProfileService profiles;

    @Inject
    Event<Mail> mail;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "commons.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "commons.roadmap.reminder-interval", defaultValue = "PT6H")
    String interval;

    @Inject
    @ConfigProperty(name = "commons.roadmap.stale-after", defaultValue = "P182D")
    String staleAfter;

    void onStart(@Observes @Priority(420) SchemaReady ready) {
        Repeating.every(scheduler, interval, 60, "Sending roadmap reminders", this::send);
    }

    /** Sends the reminders that are due now (also what an administrator's request runs). */
    @Transactional
    public Sent send() {
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        Instant remindedBefore = now.minus(REMIND_EVERY);
        int steps = 0;
        for (CouncilStep s : repository.overdue(today, remindedBefore, BATCH)) {
            if (repository.claimReminder(s.id(), remindedBefore, now)) {
                steps += remindOverdue(s);
            }
        }
        int stale = 0;
        for (CaseStudyService.Stale c : caseStudies.claimStale(now.minus(Duration.parse(staleAfter)), BATCH)) {
            stale += remindStale(c);
        }
        Sent sent = new Sent(steps, stale);
        if (steps + stale > 0) {
            LOG.info(() -> "Roadmap reminders: " + sent.overdueSteps() + " overdue steps, " + sent.staleCaseStudies()
                    + " stale case studies");
        }
        return sent;
    }

    private int remindOverdue(CouncilStep s) {
        Council council = councils.get(s.councilId());
        Optional<Step> step = repository.step(s.stepKey());
        if (step.isEmpty()) {
            return 0;
        }
        List<ProfileService.Contact> members = profiles.membersOf(council.id());
        Optional<ProfileService.Contact> owner = members.stream().filter(m -> m.memberId().equals(s.ownerId())).findFirst();
        List<ProfileService.Contact> to = owner.map(List::of)
                .orElseGet(() -> members.stream().filter(ProfileService.Contact::editor).toList());
        String why = owner.isPresent() ? "You are the owner of this step."
                : "The step has no owner, so " + council.name() + "'s editors are told.";
        for (ProfileService.Contact c : to) {
            mail.fire(new Mail(c.email(), "Council Commons: “" + step.get().title() + "” was due on " + DAY.format(s.targetDate()),
                    "Hello " + c.name() + ",\n\nThe step “" + step.get().title() + "” on " + council.name()
                    + "'s roadmap had a target date of " + DAY.format(s.targetDate()) + " and is still "
                    + s.status().label().toLowerCase(Locale.UK) + ".\n\nUpdate its status, or set a new date:\n"
                    + publicUrl + "/councils/" + council.code() + "/roadmap#step-" + s.stepKey() + "\n\n" + why
                    + " Reminders stop when the step is done, dropped or given a new date; until then they come once a week.\n"));
        }
        return to.isEmpty() ? 0 : 1;
    }

    private int remindStale(CaseStudyService.Stale c) {
        Council council = councils.get(c.councilId());
        List<ProfileService.Contact> editors = profiles.membersOf(council.id()).stream()
                .filter(ProfileService.Contact::editor).toList();
        for (ProfileService.Contact e : editors) {
            mail.fire(new Mail(e.email(), "Council Commons: is “" + c.title() + "” still up to date?",
                    "Hello " + e.name() + ",\n\nNobody has updated " + council.name() + "'s case study “" + c.title()
                    + "” for six months. Other councils rely on it: is the project still running, what happened"
                    + " next, what would you tell them now?\n\nUpdate it (saving it unchanged also confirms it is still"
                    + " right):\n" + publicUrl + "/manage/case-studies/" + c.id() + "/edit\n\nRead it as others see it:\n"
                    + publicUrl + "/case-studies/" + c.id() + "\n"));
        }
        return editors.isEmpty() ? 0 : 1;
    }
}
