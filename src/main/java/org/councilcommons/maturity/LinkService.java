package org.councilcommons.maturity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.councilcommons.council.Council;
import org.councilcommons.council.CouncilService;
import org.councilcommons.identity.Actor;
import org.councilcommons.identity.Caller;
import org.councilcommons.identity.ProfileService;
import org.councilcommons.platform.errors.AccessDenied;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.platform.errors.NotFound;
import org.councilcommons.platform.errors.NotSignedIn;
import org.councilcommons.platform.errors.StateConflict;
import org.councilcommons.platform.errors.Validation;
import org.councilcommons.platform.mail.Mail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Councils ask each other to link; the other council's editors accept or decline; either side can end a link. */
@ApplicationScoped
public class LinkService {

    @Inject
    MaturityRepository repository;

    @Inject
    CouncilService councils;

    @Inject
    ProfileService profiles;

    @Inject
    MaturityService maturity;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Validation validation;

    @Inject
    Event<Mail> mail;

    @Inject
    Event<MaturityChanged> changed;

    @ConfigProperty(name = "commons.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** A link or request seen from one council: the council at the other end, and who asked. */
    public record LinkView(CouncilLink link, Council other, boolean askedByUs) {
        public boolean awaitingUs() {
            return link.state() == CouncilLink.State.REQUESTED && !askedByUs;
        }
    }

    @Transactional
    public CouncilLink request(String toCode, String message) {
        Council from = assessorsCouncil();
        Council to = councils.get(toCode);
        if (to.id().equals(from.id())) {
            throw InvalidInput.of("council", "Choose another council: yours is already in touch with itself");
        }
        if (message != null && message.length() > 1000) {
            throw InvalidInput.of("message", "The message must be 1,000 characters or fewer");
        }
        repository.openBetween(from.id(), to.id()).ifPresent(existing -> {
            throw new StateConflict(existing.isActive() ? "Your council is already linked with " + to.name()
                    : "There is already a link request between your council and " + to.name() + " waiting for an answer");
        });
        CouncilLink link = repository.add(new CouncilLink(from.id(), to.id(), message, caller.actor().memberId(),
                Instant.now(clock)));
        tellEditors(to, from.name() + " asks to link with your council",
                from.name() + " would like to link with " + to.name() + " on Council Commons, to share maturity"
                        + " results and contacts." + (link.message() == null ? "" : "\n\nTheir message:\n\n" + link.message())
                        + "\n\nAccept or decline at " + publicUrl + "/manage/maturity/links");
        return link;
    }

    @Transactional
    public CouncilLink answer(long linkId, boolean accept) {
        Council mine = assessorsCouncil();
        CouncilLink link = repository.link(linkId).filter(l -> l.toCouncilId().equals(mine.id()))
                .orElseThrow(() -> new NotFound("Your council has no link request " + linkId));
        link.answer(accept, caller.actor().memberId(), Instant.now(clock));
        Council from = councils.get(link.fromCouncilId());
        tellEditors(from, mine.name() + (accept ? " accepted" : " declined") + " your link request",
                mine.name() + (accept ? " accepted your request: the two councils now see each other's shared levels"
                        + " and contacts at " + publicUrl + "/manage/maturity/links" : " declined your request to link."));
        changed.fire(new MaturityChanged(mine.id()));
        return link;
    }

    /** Ends a link, or withdraws a request the caller's council made. */
    @Transactional
    public CouncilLink end(long linkId) {
        Council mine = assessorsCouncil();
        CouncilLink link = repository.link(linkId).filter(l -> l.involves(mine.id()))
                .orElseThrow(() -> new NotFound("Your council has no link " + linkId));
        link.end(caller.actor().memberId(), Instant.now(clock));
        return link;
    }

    /** The caller's council's links and open requests. */
    @Transactional
    public List<LinkView> mine() {
        Actor actor = caller.actor();
        if (!actor.isSignedIn()) {
            throw new NotSignedIn();
        }
        if (actor.councilId() == null) {
            return List.of();
        }
        List<CouncilLink> links = repository.linksOf(actor.councilId());
        Map<Long, Council> others = councils.byIds(links.stream().map(l -> l.otherThan(actor.councilId())).toList());
        return links.stream().map(l -> new LinkView(l, others.get(l.otherThan(actor.councilId())),
                l.fromCouncilId().equals(actor.councilId()))).toList();
    }

    /** A linked council's contacts: its editors and members offering help. Only for linked councils. */
    @Transactional
    public List<ProfileService.Contact> contactsOf(Long councilId) {
        Actor actor = caller.actor();
        if (actor.councilId() == null || !repository.linked(actor.councilId(), councilId)) {
            throw new AccessDenied("Contacts are shared between linked councils only");
        }
        return profiles.contactsOf(councilId);
    }

    @Transactional
    public boolean linkedWith(Long councilId) {
        Long mine = caller.actor().councilId();
        return mine != null && repository.linked(mine, councilId);
    }

    private void tellEditors(Council council, String subject, String body) {
        profiles.contactsOf(council.id()).stream().filter(ProfileService.Contact::editor).forEach(c -> mail.fire(
                new Mail(c.email(), subject, "Hello " + c.name() + ",\n\n" + body + "\n\nCouncil Commons")));
    }

    private Council assessorsCouncil() {
        return maturity.requireAssessor("Only a council's editors can ask for, answer or end links");
    }
}
