package org.councilcommons.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.councilcommons.platform.errors.FieldError;

/**
 * Which new passwords to refuse (NIST SP 800-63B, OWASP ASVS level 2): too short, too long, commonly used,
 * a simple pattern, or built from the person's own details.
 * <p>
 * There are deliberately no composition rules ("must contain a digit"): they push people towards
 * "Password1!" without making passwords harder to guess. Length and a blocklist do the work instead.
 */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 12;

    /** ASVS lets us cap length; 128 is far beyond any real passphrase and keeps hashing input bounded. */
    static final int MAX_LENGTH = 128;

    /** Names and e-mail parts shorter than this match too many innocent passwords ("al", "jo"). */
    private static final int MIN_PERSONAL_LENGTH = 4;

    private static final String SERVICE_NAME = "councilcommons";

    static final String ENTER = "Enter a password";
    static final String TOO_SHORT = "Your password must be " + MIN_LENGTH + " characters or more";
    static final String TOO_LONG = "Your password must be " + MAX_LENGTH + " characters or fewer";
    static final String PERSONAL = "Your password must not contain your name or e-mail address";
    static final String SERVICE = "Your password must not contain the name of this service";
    static final String COMMON = "Choose a password that is harder to guess: this one is commonly used";
    static final String PATTERN =
            "Choose a password that is harder to guess: avoid repeated characters and sequences like abcd or 1234";

    private PasswordPolicy() {}

    /**
     * The one most useful thing wrong with a new password, or nothing. A single message because the form shows
     * one error per field, and fixing the first problem often fixes the rest.
     */
    public static List<FieldError> check(String field, String password, String email, String name) {
        String problem = problem(password, email, name);
        return problem == null ? List.of() : List.of(new FieldError(field, problem));
    }

    private static String problem(String password, String email, String name) {
        if (password == null || password.isEmpty()) {
            return ENTER;
        }
        // NIST counts characters, not UTF-16 units: an emoji is one character to the person typing it.
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return TOO_SHORT;
        }
        if (length > MAX_LENGTH) {
            return TOO_LONG;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String compact = compact(lower);
        if (containsPersonalDetails(compact, email, name)) {
            return PERSONAL;
        }
        if (compact.contains(SERVICE_NAME)) {
            return SERVICE;
        }
        if (isCommon(lower)) {
            return COMMON;
        }
        if (Patterns.isPredictable(lower) || (!compact.isEmpty() && Patterns.isPredictable(compact))) {
            return PATTERN;
        }
        return null;
    }

    /** Compared without separators, so "Jane.Smith" and "jane smith" both count as containing "janesmith". */
    private static boolean containsPersonalDetails(String compactPassword, String email, String name) {
        Set<String> details = new LinkedHashSet<>();
        if (email != null) {
            int at = email.lastIndexOf('@');
            addWithParts(details, at < 0 ? email : email.substring(0, at));
        }
        if (name != null) {
            addWithParts(details, name);
        }
        for (String detail : details) {
            if (detail.length() >= MIN_PERSONAL_LENGTH && compactPassword.contains(detail)) {
                return true;
            }
        }
        return false;
    }

    /** The whole value and each word of it, since a surname alone is as guessable as the full name. */
    private static void addWithParts(Set<String> into, String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        into.add(compact(lower));
        for (String part : lower.split("[^\\p{L}\\p{N}]+")) {
            into.add(part);
        }
    }

    /**
     * Attackers try list words with digits, symbols and look-alike characters added, so those are taken off
     * before looking the password up: "Password123!", "Welcome2024" and "P@ssw0rd" all reduce to list words.
     */
    static boolean isCommon(String password) {
        Set<String> words = CommonPasswords.WORDS;
        for (String candidate : candidates(password.toLowerCase(Locale.ROOT))) {
            if (!candidate.isEmpty() && words.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> candidates(String lower) {
        Set<String> bases = new LinkedHashSet<>();
        bases.add(lower);
        String stripped = strip(lower);
        bases.add(stripped);
        for (String repeated : List.of(compact(lower), compact(stripped))) {
            String unit = Patterns.repeatedUnit(repeated);
            if (unit != null) {
                bases.add(unit);
                bases.add(strip(unit));
            }
        }
        Set<String> candidates = new LinkedHashSet<>();
        for (String base : bases) {
            for (String variant : List.of(base, unleet(base, 'i'), unleet(base, 'l'))) {
                candidates.add(variant);
                candidates.add(compact(variant));
                candidates.add(strip(compact(variant)));
            }
        }
        return candidates;
    }

    /** Takes digits, punctuation and spaces off both ends. */
    private static String strip(String s) {
        return s.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
    }

    /** Keeps only letters and digits. */
    static String compact(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** "1" stands for both "i" and "l" in practice, so callers try each. */
    private static String unleet(String s, char one) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(switch (c) {
                case '0' -> 'o';
                case '1' -> one;
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                case '8' -> 'b';
                case '!' -> 'i';
                default -> c;
            });
        }
        return out.toString();
    }

    /** Loaded on first use, once. */
    private static final class CommonPasswords {

        static final String RESOURCE = "/org/councilcommons/identity/common-passwords.txt";

        static final Set<String> WORDS = load();

        private static Set<String> load() {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    // Failing loudly beats silently accepting every common password.
                    throw new IllegalStateException("Missing " + RESOURCE);
                }
                Set<String> words = new HashSet<>();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = reader.readLine()) != null; ) {
                    String word = line.strip().toLowerCase(Locale.ROOT);
                    if (!word.isEmpty() && !word.startsWith("#")) {
                        words.add(word);
                    }
                }
                return Set.copyOf(words);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Repetition and keyboard or alphabet walks, which guessing tools try early whatever their length. */
    static final class Patterns {

        /** Runs of neighbouring keys or symbols; a step either way along one of these is predictable. */
        private static final List<String> SEQUENCES = List.of(
                "abcdefghijklmnopqrstuvwxyz",
                "01234567890",
                "`1234567890-=",
                "qwertyuiop[]",
                "asdfghjkl;'#",
                "zxcvbnm,./",
                "qwertyuiopasdfghjklzxcvbnm",
                "!@#$%^&*()_+",
                "!\"£$%^&*()_+",
                "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/",
                "qazwsxedcrfvtgbyhnujmikolp",
                "1q2w3e4r5t6y7u8i9o0p",
                "789456123",
                "147258369");

        private static final Set<Integer> NEIGHBOURS = neighbours();

        private Patterns() {}

        private static Set<Integer> neighbours() {
            Set<Integer> pairs = new HashSet<>();
            for (String sequence : SEQUENCES) {
                for (int i = 0; i + 1 < sequence.length(); i++) {
                    pairs.add(pair(sequence.charAt(i), sequence.charAt(i + 1)));
                    pairs.add(pair(sequence.charAt(i + 1), sequence.charAt(i)));
                }
            }
            return Set.copyOf(pairs);
        }

        private static int pair(int a, int b) {
            return (a << 16) ^ b;
        }

        static boolean isPredictable(String lower) {
            int[] cps = lower.codePoints().toArray();
            int n = cps.length;
            if (n < 2) {
                return n == 1;
            }
            if (dominatedByFewCharacters(cps)) {
                return true;
            }
            String unit = repeatedUnit(lower);
            if (unit != null && unit.codePointCount(0, unit.length()) <= 4) {
                return true;
            }
            // Three in four steps being a repeat or a neighbour: "123456789012", "qwertyuiopas", "aaabbbccc111".
            int predictable = 0;
            for (int i = 0; i + 1 < n; i++) {
                if (cps[i] == cps[i + 1] || NEIGHBOURS.contains(pair(cps[i], cps[i + 1]))) {
                    predictable++;
                }
            }
            return predictable * 4 >= (n - 1) * 3;
        }

        /** Half the password one character, or three or fewer distinct characters in all. */
        private static boolean dominatedByFewCharacters(int[] cps) {
            Map<Integer, Integer> counts = new HashMap<>();
            int most = 0;
            for (int cp : cps) {
                most = Math.max(most, counts.merge(cp, 1, Integer::sum));
            }
            return most * 2 >= cps.length || counts.size() <= 3;
        }

        /** The shortest string that repeats to make {@code s} ("abc" for "abcabcabc"), or null. */
        static String repeatedUnit(String s) {
            if (s.length() < 2) {
                return null;
            }
            int period = (s + s).indexOf(s, 1);
            return period < s.length() ? s.substring(0, period) : null;
        }
    }
}
