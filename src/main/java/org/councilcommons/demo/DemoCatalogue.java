package org.councilcommons.demo;

import static org.councilcommons.casestudy.Barrier.ATTITUDE_TO_RISK;
import static org.councilcommons.casestudy.Barrier.CHANNEL_SHIFT;
import static org.councilcommons.casestudy.Barrier.CULTURAL_RESISTANCE;
import static org.councilcommons.casestudy.Barrier.DIGITAL_INCLUSION;
import static org.councilcommons.casestudy.Barrier.LEGACY_SYSTEMS;
import static org.councilcommons.casestudy.Barrier.PSN_COMPLIANCE;
import static org.councilcommons.casestudy.Barrier.SKILLS_COUNCILLORS;
import static org.councilcommons.casestudy.Barrier.SKILLS_STAFF;
import static org.councilcommons.casestudy.Barrier.SOCIAL_MEDIA;
import static org.councilcommons.casestudy.Barrier.UP_FRONT_FUNDING;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.councilcommons.casestudy.Barrier;
import org.councilcommons.casestudy.CaseStudyDraft;
import org.councilcommons.casestudy.Outcome;
import org.councilcommons.casestudy.ProjectStatus;
import org.councilcommons.council.CouncilRegistration;
import org.councilcommons.council.CouncilType;

/** The demo content itself: data only, so DemoContent stays about when and how it is loaded. */
final class DemoCatalogue {

    record DemoCaseStudy(CaseStudyDraft draft, boolean published) {}

    record DemoCouncil(CouncilRegistration registration, boolean sample, List<DemoCaseStudy> caseStudies) {}

    private DemoCatalogue() {}

    static List<DemoCouncil> councils() {
        return List.of(reading(), birmingham(), northvale(), eastmoor(), kinlochan());
    }

    private static DemoCouncil reading() {
        return new DemoCouncil(
                new CouncilRegistration("E06000038", "Reading Borough Council", CouncilType.UNITARY, "South East",
                        174_000, "https://www.reading.gov.uk", Set.of("reading.gov.uk")),
                false,
                List.of(new DemoCaseStudy(draft(
                        "An app for young people not in education, employment or training",
                        "Reading built a mobile app that brings together the advice services open to young people who"
                                + " are not in education, employment or training (NEET), so they can find help in one place.",
                        """
                        <p>Young people who are not in education, employment or training were being offered help by \
                        several services at once: careers advice, housing, benefits, training providers and the \
                        voluntary sector. Each had its own leaflets, phone lines and opening hours, and the young \
                        people least likely to walk into an office were the least likely to find them.</p>
                        <p>The council developed an app that draws these advice services together on the phone the \
                        young person already carries. Rather than building another channel for each service, the app \
                        integrates what the services already offer, so a young person can see what is available and \
                        make contact from one place.</p>
                        <h2>How it was funded</h2>
                        <p>The project was supported by the O2 Local Government Futures Fund, which in 2012 reported \
                        about £125,000 of support to Reading's project in consultancy, services and technology rather \
                        than cash. That support paid for the first step, which councils often cannot fund up front.</p>
                        <h2>What others can take from it</h2>
                        <ul><li>Start from where the young people already are (their phones), not from the \
                        council's structure.</li><li>Partnership support in kind can unlock a first step when there is \
                        no development budget.</li><li>Integration with existing advice services matters more than \
                        new features.</li></ul>""",
                        List.of("young people", "neet", "mobile app", "advice services", "partnership"),
                        Set.of(UP_FRONT_FUNDING, DIGITAL_INCLUSION, CHANNEL_SHIFT),
                        ProjectStatus.LIVE,
                        List.of(new Outcome("Support in consultancy, services and technology from the O2 Local Government"
                                + " Futures Fund", new BigDecimal("125000"), "pounds of support in kind")),
                        null, "O2 Local Government Futures Fund (support in kind)", "O2; local advice services",
                        LocalDate.of(2012, 1, 1)), true)));
    }

    private static DemoCouncil birmingham() {
        return new DemoCouncil(
                new CouncilRegistration("E08000025", "Birmingham City Council", CouncilType.METROPOLITAN_BOROUGH,
                        "West Midlands", 1_157_000, "https://www.birmingham.gov.uk", Set.of("birmingham.gov.uk")),
                false,
                List.of(
                        new DemoCaseStudy(draft(
                                "Digital Logbook: a mobile app for residents",
                                "Birmingham's Digital Logbook app opened up council services to residents on their"
                                        + " phones and brought several services together in one place.",
                                """
                                <p>Residents had to know which part of the council to contact before they could get \
                                anything done. The Digital Logbook mobile app gave them one way in: services that \
                                had been separate were opened up and integrated behind a single app.</p>
                                <p>The work was led by Digital Birmingham, the city's digital programme, as part of \
                                a wider push to make digital the normal way of dealing with the council without \
                                leaving behind residents who are not online.</p>
                                <h2>Lessons</h2>
                                <ul><li>Integrate services behind the resident's view of them, not the \
                                organisation chart.</li><li>Be honest with staff about channel shift: what changes in \
                                their work and which skills are expected.</li></ul>""",
                                List.of("mobile app", "residents", "service integration"),
                                Set.of(CHANNEL_SHIFT, LEGACY_SYSTEMS),
                                ProjectStatus.LIVE, List.of(), null, null, "Digital Birmingham", null), true),
                        new DemoCaseStudy(draft(
                                "Webcasting council meetings",
                                "Birmingham put its council meetings on webcast so that residents can watch local"
                                        + " democracy at work without coming to the council house.",
                                """
                                <p>Few residents can attend a council meeting in the middle of a working day. \
                                Broadcasting meetings live on the web, and keeping the recordings, opened the \
                                council chamber to anyone with a browser.</p>
                                <p>Webcasting also changed the council's own culture: councillors and officers grew \
                                used to being seen, and the recordings became a record that residents and the press \
                                could point to.</p>
                                <h2>Lessons</h2>
                                <ul><li>Support councillors with the skills and confidence to work on camera.</li>\
                                <li>Publish recordings alongside agendas and minutes so that they are found.</li></ul>""",
                                List.of("webcast", "democracy", "transparency", "council meetings"),
                                Set.of(SKILLS_COUNCILLORS, CULTURAL_RESISTANCE),
                                ProjectStatus.SCALED, List.of(), null, null, null, null), true),
                        new DemoCaseStudy(draft(
                                "A working group of social-media pioneers",
                                "Early adopters of social media from across Birmingham City Council formed a working"
                                        + " group that spread skills and confidence to colleagues.",
                                """
                                <p>A few officers were already using social media well, but each was working alone, \
                                and many managers saw it as a risk rather than a tool. The council brought these \
                                pioneers together in a working group drawn from across its departments.</p>
                                <p>The group shared what worked, wrote simple guidance, and coached colleagues. \
                                Letting early adopters lead, and pull others up after them, spread skills faster \
                                than formal training alone.</p>
                                <h2>Lessons</h2>
                                <ul><li>Pioneers need backing from the top, or they hit a ceiling.</li>\
                                <li>Name the risks openly and agree how to handle them, rather than banning the \
                                tools.</li></ul>""",
                                List.of("social media", "pioneers", "skills", "working group"),
                                Set.of(SOCIAL_MEDIA, SKILLS_STAFF, CULTURAL_RESISTANCE, ATTITUDE_TO_RISK),
                                ProjectStatus.LIVE, List.of(), null, null, null, null), true)));
    }

    private static DemoCouncil northvale() {
        return new DemoCouncil(
                new CouncilRegistration("E07999001", "Northvale District Council (sample)", CouncilType.DISTRICT,
                        "North West", 98_000, null, Set.of()),
                true,
                List.of(
                        new DemoCaseStudy(draft(
                                "Replacing a twenty-year-old customer system one service at a time (sample)",
                                "A fictional district council replaced its old customer relationship system in stages,"
                                        + " starting with the service that caused most complaints.",
                                """
                                <p><strong>Sample content:</strong> Northvale is a fictional council used to \
                                demonstrate Council Commons.</p>
                                <p>The old system could not be replaced in one go: there was no budget for a big-bang \
                                project and too much depended on it. The council moved one service at a time, \
                                starting with bulky waste collections, and kept the old system running for the \
                                rest.</p>""",
                                List.of("crm", "legacy", "waste"),
                                Set.of(LEGACY_SYSTEMS, UP_FRONT_FUNDING),
                                ProjectStatus.LIVE,
                                List.of(new Outcome("Calls about bulky waste fell", new BigDecimal("38"), "per cent")),
                                new BigDecimal("45000"), "Council reserves", null, LocalDate.of(2024, 4, 1)), true),
                        new DemoCaseStudy(draft(
                                "Moving to a new network without stopping services (sample draft)",
                                "A draft by a fictional council about meeting PSN compliance while services kept running.",
                                "Work in progress: Northvale is a fictional council.\n\nThis draft shows what an"
                                        + " unpublished case study looks like to its council's editors.",
                                List.of("network", "security"), Set.of(PSN_COMPLIANCE), ProjectStatus.PLANNED,
                                List.of(), null, null, null, null), false)));
    }

    private static DemoCouncil eastmoor() {
        return new DemoCouncil(
                new CouncilRegistration("E06999002", "Eastmoor Council (sample)", CouncilType.UNITARY, "East of England",
                        152_000, null, Set.of()),
                true,
                List.of(new DemoCaseStudy(draft(
                        "Digital champions in libraries help older residents get online (sample)",
                        "Volunteers in a fictional council's libraries helped older residents get online, and the"
                                + " same champions then helped staff who lacked confidence.",
                        """
                        <p><strong>Sample content:</strong> Eastmoor is a fictional council used to demonstrate \
                        Council Commons.</p>
                        <p>Library staff and volunteers ran weekly drop-in sessions for older residents. When the \
                        council moved its own staff to online timesheets, the same champions ran sessions for staff: \
                        digital inclusion of staff was treated as seriously as that of residents.</p>""",
                        List.of("older people", "libraries", "volunteers", "digital champions"),
                        Set.of(DIGITAL_INCLUSION, SKILLS_STAFF),
                        ProjectStatus.SCALED,
                        List.of(new Outcome("Residents helped in the first year", new BigDecimal("1200"), "residents")),
                        new BigDecimal("8000"), "Library service budget", "Local Age UK branch", LocalDate.of(2023, 9, 1)),
                        true)));
    }

    private static DemoCouncil kinlochan() {
        return new DemoCouncil(
                new CouncilRegistration("S12999003", "Kinlochan Council (sample)", CouncilType.SCOTTISH, "Scotland",
                        61_000, null, Set.of()),
                true,
                List.of(new DemoCaseStudy(draft(
                        "A chatbot for council tax that we switched off (sample)",
                        "A fictional council tried a council-tax chatbot, measured it honestly and stopped it:"
                                + " what it learned about starting small.",
                        """
                        <p><strong>Sample content:</strong> Kinlochan is a fictional council used to demonstrate \
                        Council Commons.</p>
                        <p>The chatbot answered simple questions well but could not reach the council-tax system, \
                        so most conversations ended with a phone number. After six months the council stopped it \
                        and published why. Stopped projects are worth sharing: the next council can start where \
                        this one finished.</p>""",
                        List.of("chatbot", "council tax"),
                        Set.of(ATTITUDE_TO_RISK, LEGACY_SYSTEMS, CHANNEL_SHIFT),
                        ProjectStatus.STOPPED, List.of(), new BigDecimal("12000"), "Digital innovation fund", null,
                        LocalDate.of(2022, 5, 1)), true)));
    }

    private static CaseStudyDraft draft(String title, String summary, String body, List<String> themes,
            Set<Barrier> barriers, ProjectStatus status, List<Outcome> outcomes, BigDecimal cost, String funding,
            String partners, LocalDate started) {
        return new CaseStudyDraft(title, summary, body, themes, barriers, status, outcomes, cost, funding, partners,
                null, null, started, null);
    }
}
