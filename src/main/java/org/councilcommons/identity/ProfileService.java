package org.councilcommons.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.councilcommons.platform.errors.FieldError;
import org.councilcommons.platform.errors.InvalidInput;
import org.councilcommons.platform.errors.NotSignedIn;

/** A member changes their own profile: name, job title, and what they can help others with. */
@ApplicationScoped
public class ProfileService {

    @Inject
    Caller caller;

    @Inject
    MemberRepository members;

    @Transactional
    public void update(String name, String jobTitle, String helpsWith) {
        // load within this transaction: the caller's member was read outside it and would not be saved
        Member me = caller.memberId().flatMap(members::byId).orElseThrow(NotSignedIn::new);
        List<FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "Enter your full name"));
        } else if (name.length() > 120) {
            errors.add(new FieldError("name", "Your name must be 120 characters or fewer"));
        }
        if (jobTitle != null && jobTitle.length() > 120) {
            errors.add(new FieldError("jobTitle", "Your job title must be 120 characters or fewer"));
        }
        if (helpsWith != null && helpsWith.length() > 500) {
            errors.add(new FieldError("helpsWith", "What you can help with must be 500 characters or fewer"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        me.updateProfile(name, jobTitle, helpsWith);
    }

    /** Someone another council can contact: a council's editor, or a member who offers help. */
    public record Contact(Long memberId, Long councilId, String name, String jobTitle, String email, String helpsWith,
            boolean editor) {
        static Contact of(Member m) {
            return new Contact(m.id(), m.councilId(), m.name(), m.jobTitle(), m.email(), m.helpsWith(),
                    m.has(Role.COUNCIL_EDITOR));
        }
    }

    /** Every active member's offer of help, for matching councils on what they can teach. */
    @Transactional
    public List<Contact> offersOfHelp() {
        return members.offeringHelp().stream().map(Contact::of).toList();
    }

    /** Everyone active at a council: who can own a step of its roadmap. */
    @Transactional
    public List<Contact> membersOf(Long councilId) {
        return members.activeOf(councilId).stream().map(Contact::of).toList();
    }

    @Transactional
    public List<Contact> contactsOf(Long councilId) {
        return members.contactsOf(councilId).stream().map(Contact::of).toList();
    }

    /** Members' names by id; a member who has left is missing from the map. */
    @Transactional
    public java.util.Map<Long, String> namesOf(java.util.Collection<Long> ids) {
        return members.namesOf(ids.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * How a member is mentioned in discussions: their name in lower case with dashes ("Jane Smith" is
     * {@code jane-smith}). Names are not unique, so a handle shared by two members mentions neither.
     */
    public static String handleOf(String name) {
        String folded = java.text.Normalizer.normalize(name == null ? "" : name, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return folded.length() > 40 ? folded.substring(0, 40) : folded;
    }

    /** The one active member with this handle, if exactly one has it. */
    @Transactional
    public java.util.Optional<Contact> byHandle(String handle) {
        String first = handle.split("-")[0];
        if (first.length() < 2) {
            return java.util.Optional.empty();
        }
        List<Member> found = members.named(first).stream().filter(Member::isActive)
                .filter(m -> handleOf(m.name()).equals(handle)).toList();
        return found.size() == 1 ? java.util.Optional.of(Contact.of(found.getFirst())) : java.util.Optional.empty();
    }
}
