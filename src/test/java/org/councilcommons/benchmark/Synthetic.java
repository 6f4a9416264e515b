package org.councilcommons.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic-looking synthetic case studies for benchmarks: titles, summaries and bodies built from the words
 * councils use, with themes, barriers, statuses and councils spread unevenly, as in real life. Seeded, so two
 * runs make the same data.
 */
public final class Synthetic {

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

    public record CaseStudy(String title, String summary, String body, List<String> themes, List<String> barriers,
            String status) {}

    private final Random random;

    public Synthetic(long seed) {
        this.random = new Random(seed);
    }

    public CaseStudy next(int n) {
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
            // a skewed pick: a few words are common, most are rare, as in real prose
            String w = WORDS[(int) Math.min(WORDS.length - 1, Math.abs(random.nextGaussian()) * WORDS.length / 3)];
            s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(' ');
        }
        return s.toString().trim();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
