package org.councilcommons.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic case studies for benchmarks. Seeded, so two runs make the same data. Two corpora:
 *
 * <ul>
 *   <li>{@link Kind#TOPICS} (the default): each case study is about one service area, one or two technologies and
 *       one place, with words drawn from those topics' own vocabularies and from a shared one, all by Zipf-like
 *       (1/rank) frequencies, so popular areas and words are common and most are rare. A typical query then matches
 *       a few percent of the library, as in a real one.
 *   <li>{@link Kind#UNIFORM}: the earlier generator, one small vocabulary for everything, so most queries match most
 *       documents. No real library looks like this; it is kept as the worst case.
 * </ul>
 */
public final class Synthetic {

    public enum Kind { TOPICS, UNIFORM }

    // ---- the uniform worst case (unchanged, so its figures stay comparable) ----

    static final String[] SUBJECTS = {"app", "webcast", "chatbot", "CRM", "website", "portal", "contact centre",
            "social media", "open data", "digital skills", "library", "waste service", "council tax", "housing repairs",
            "planning applications", "parking permits", "adult social care", "young people", "older residents",
            "councillors", "staff training", "telecare", "school admissions", "licensing", "benefits advice"};
    static final String[] ACTIONS = {"Replacing", "Moving", "Building", "Piloting", "Scaling", "Opening up",
            "Bringing together", "Streaming", "Automating", "Simplifying", "Redesigning", "Sharing"};
    static final String[] WORDS = ("residents staff councillors officers service online digital inclusion legacy "
            + "system funding budget partnership pilot procurement supplier cloud security network compliance PSN "
            + "channel shift customer journey user research accessibility training skills culture risk leadership "
            + "evidence outcome savings demand volunteers libraries broadband devices data sharing dashboard open "
            + "standards agile team governance cabinet committee meeting webcast livestream social media pioneers "
            + "young people NEET advice app mobile integration CRM contact centre self-service forms payments").split(" ");
    static final String[] THEMES = {"mobile app", "webcast", "young people", "older people", "crm", "open data",
            "chatbot", "libraries", "social media", "skills", "waste", "housing", "council tax", "democracy", "security"};
    static final String[] BARRIERS = {"up-front-funding", "legacy-systems", "digital-inclusion", "psn-compliance",
            "cultural-resistance", "skills-councillors", "skills-officers", "skills-staff", "attitude-to-risk",
            "social-media", "channel-shift"};
    static final String[] STATUSES = {"PLANNED", "LIVE", "LIVE", "LIVE", "SCALED", "STOPPED"};

    // ---- the topical corpus: most popular first in each list (Zipf picks favour the front) ----

    /** Service areas: a name for titles, a theme, and the words their case studies use. */
    record Topic(String name, String theme, String[] words) {
        Topic(String name, String theme, String words) {
            this(name, theme, words.split(" "));
        }
    }

    static final Topic[] AREAS = {
        new Topic("waste collection", "waste", "bins recycling collection rounds crews missed garden fly-tipping "
                + "depot vehicles routes tonnage landfill bulky food caddies"),
        new Topic("council tax", "council tax", "council tax bills arrears direct debit discount single person "
                + "reduction band valuation instalments reminders recovery exemptions"),
        new Topic("housing repairs", "housing", "tenants repairs damp mould boilers void properties estate "
                + "landlord contractors appointments heating kitchens stock"),
        new Topic("adult social care", "older people", "carers care packages assessments reablement home care "
                + "domiciliary safeguarding residential hospital discharge occupational therapy"),
        new Topic("libraries", "libraries", "libraries books lending branches volunteers reading borrowers "
                + "e-books catalogue storytime computers study spaces"),
        new Topic("planning applications", "democracy", "planning applications householder extension "
                + "consultation objections drawings case officers validation appeals conservation"),
        new Topic("parking", "council tax", "parking permits penalty notices wardens bays meters "
                + "residents zones enforcement appeals cashless"),
        new Topic("young people", "young people", "young people NEET apprenticeships careers youth workers "
                + "school leavers mentoring training employers college"),
        new Topic("democracy", "democracy", "councillors cabinet committee meetings agendas minutes webcast "
                + "livestream elections polling petitions scrutiny"),
        new Topic("benefits advice", "housing", "benefits housing benefit universal credit claims hardship "
                + "advice debt discretionary payments evidence"),
        new Topic("school admissions", "young people", "school admissions places parents applications "
                + "offers appeals catchment transport primary secondary"),
        new Topic("licensing", "security", "licensing premises taxis alcohol gambling inspections renewals "
                + "hackney drivers conditions"),
        new Topic("highways", "waste", "potholes roads highways streetlights gritting pavements defects "
                + "inspections drains signage"),
        new Topic("leisure", "young people", "leisure centres swimming gyms memberships bookings classes "
                + "parks pitches sports"),
        new Topic("environmental health", "security", "food hygiene inspections noise complaints pest "
                + "control pollution air quality nuisance"),
        new Topic("registrars", "democracy", "births deaths marriages ceremonies certificates appointments "
                + "registration citizenship"),
    };

    /** Technologies and ways of working, with their barrier and words. */
    record Technology(String name, String theme, String barrier, String[] words) {
        Technology(String name, String theme, String barrier, String words) {
            this(name, theme, barrier, words.split(" "));
        }
    }

    static final Technology[] TECHNOLOGIES = {
        new Technology("website", "crm", "channel-shift", "website pages content search navigation forms "
                + "self-service accessibility analytics"),
        new Technology("online forms", "crm", "channel-shift", "forms self-service submissions validation "
                + "workflow back-office integration payments"),
        new Technology("CRM", "crm", "legacy-systems", "CRM customer records case management integration "
                + "legacy system migration supplier contract"),
        new Technology("mobile app", "mobile app", "up-front-funding", "app mobile smartphone notifications "
                + "downloads android iphone reporting photos"),
        new Technology("contact centre", "crm", "cultural-resistance", "contact centre calls advisers "
                + "telephony queues call volumes scripts"),
        new Technology("chatbot", "chatbot", "attitude-to-risk", "chatbot virtual assistant conversations "
                + "questions answers escalation"),
        new Technology("open data", "open data", "skills-officers", "open data datasets publishing licence "
                + "transparency developers spreadsheets"),
        new Technology("social media", "social media", "social-media", "social media facebook twitter posts "
                + "followers engagement campaigns"),
        new Technology("webcast", "webcast", "skills-councillors", "webcast livestream cameras streaming "
                + "broadcast viewers recordings archive"),
        new Technology("cloud hosting", "security", "psn-compliance", "cloud hosting servers data centre "
                + "migration PSN compliance security resilience"),
        new Technology("digital skills", "skills", "digital-inclusion", "digital skills training champions "
                + "sessions confidence devices broadband inclusion"),
        new Technology("telecare", "older people", "digital-inclusion", "telecare sensors alarms pendants "
                + "monitoring falls responders"),
        new Technology("robotic process automation", "crm", "skills-staff", "automation robots processes "
                + "bots rules exceptions throughput"),
        new Technology("mapping", "open data", "skills-officers", "maps GIS layers boundaries gazetteer "
                + "addresses locations"),
        new Technology("wifi", "libraries", "up-front-funding", "wifi wireless internet hotspots coverage "
                + "public buildings access"),
    };

    /** Shared prose, most frequent first; a long list, as real writing has, so that no word is in every document. */
    static final String[] COMMON = ("council residents service staff online project team officers digital "
            + "customers improve process time people work savings budget pilot partners users feedback year "
            + "launched support local demand results managers training data system costs better approach "
            + "information access first use needed phase wider changes public quickly members evidence outcome "
            + "risk leadership culture governance procurement agile research journey satisfaction complaints "
            + "reduced increased helped faster simpler plan board sponsor business case benefits review lessons "
            + "learned challenge barrier solution option design prototype testing launch rollout adoption "
            + "take-up uptake channel cost avoidance efficiency capacity resources workload backlog turnaround "
            + "response target measure performance report quarter month week morning evening weekend visit "
            + "household family neighbourhood community ward district county town village rural urban coastal "
            + "partnership voluntary sector charity health police fire housing association university college "
            + "school business employer market supplier vendor framework tender specification requirements "
            + "stakeholder engagement workshop survey interviews focus groups personas accessibility language "
            + "translation easy read plain english vulnerable disabled carers elderly families tenants students "
            + "commuters visitors").split(" ");

    static final String[] PLACES = ("Ashford Barnsley Bristol Camden Cheshire Cornwall Derby Dorset Durham "
            + "Exeter Gateshead Gloucester Hackney Halton Harrogate Hull Kent Kirklees Leeds Leicester Lewisham "
            + "Lincoln Luton Medway Newham Norfolk Oldham Oxford Peterborough Plymouth Reading Rochdale Salford "
            + "Sheffield Shropshire Slough Solihull Somerset Stockport Suffolk Sunderland Swindon Torbay Wakefield "
            + "Walsall Wigan Wiltshire Wirral Worcester York Aberdeen Dundee Fife Highland Cardiff Swansea Powys "
            + "Conwy Gwynedd Wrexham").split(" ");

    public record CaseStudy(String title, String summary, String body, List<String> themes, List<String> barriers,
            String status) {}

    private final Random random;
    private final Kind kind;

    public Synthetic(long seed) {
        this(seed, Kind.TOPICS);
    }

    public Synthetic(long seed, Kind kind) {
        this.random = new Random(seed);
        this.kind = kind;
    }

    public CaseStudy next(int n) {
        return kind == Kind.UNIFORM ? uniform(n) : topical(n);
    }

    private CaseStudy topical(int n) {
        Topic area = zipf(AREAS);
        Technology tech = zipf(TECHNOLOGIES);
        Technology second = random.nextInt(3) == 0 ? zipf(TECHNOLOGIES) : tech;
        String place = zipf(PLACES);
        String title = pick(ACTIONS) + " " + (random.nextBoolean() ? tech.name() + " for " + area.name()
                : area.name() + " " + tech.name()) + " in " + place + " " + n;
        String summary = topicalSentence(16, area, tech, place) + ".";
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 4; p++) {
            body.append(topicalSentence(35, area, p == 2 ? second : tech, place)).append(". ")
                    .append(topicalSentence(25, area, tech, place)).append(".\n\n");
        }
        List<String> themes = new ArrayList<>(List.of(area.theme()));
        for (String t : List.of(tech.theme(), second.theme())) {
            if (!themes.contains(t)) {
                themes.add(t);
            }
        }
        List<String> barriers = new ArrayList<>(List.of(tech.barrier()));
        if (random.nextInt(3) == 0) {
            String b = pick(BARRIERS);
            if (!barriers.contains(b)) {
                barriers.add(b);
            }
        }
        return new CaseStudy(title, summary, body.toString(), themes, barriers, pick(STATUSES));
    }

    // most words are the case study's own topics, a quarter shared prose; all Zipf-distributed
    private String topicalSentence(int words, Topic area, Technology tech, String place) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            int r = random.nextInt(20);
            String w = r < 8 ? zipf(area.words()) : r < 14 ? zipf(tech.words()) : r == 14 ? place : zipf(COMMON);
            s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(' ');
        }
        return s.toString().trim();
    }

    /** An index from 0 to n - 1 with probability proportional to 1 / (rank + 1), by inverting the harmonic sum. */
    private <T> T zipf(T[] values) {
        return values[zipfIndex(values.length)];
    }

    private int zipfIndex(int n) {
        // ln(k + 1) approximates the k-th harmonic number well enough for a benchmark's skew
        double u = random.nextDouble() * Math.log(n + 1);
        return Math.min(n - 1, (int) Math.exp(u) - 1);
    }

    private CaseStudy uniform(int n) {
        String subject = pick(SUBJECTS);
        String title = pick(ACTIONS) + " " + subject + " " + n;
        String summary = sentence(18) + " " + subject + ".";
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 4; p++) {
            body.append(sentence(40)).append(". ").append(sentence(30)).append(".\n\n");
        }
        List<String> themes = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            String t = pick(THEMES);
            if (!themes.contains(t)) {
                themes.add(t);
            }
        }
        List<String> barriers = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(2); i++) {
            String b = pick(BARRIERS);
            if (!barriers.contains(b)) {
                barriers.add(b);
            }
        }
        return new CaseStudy(title, summary, body.toString(), themes, barriers, pick(STATUSES));
    }

    private String sentence(int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            // a skewed pick over one small vocabulary: every document ends up with most of it
            String w = WORDS[(int) Math.min(WORDS.length - 1, Math.abs(random.nextGaussian()) * WORDS.length / 3)];
            s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(' ');
        }
        return s.toString().trim();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
