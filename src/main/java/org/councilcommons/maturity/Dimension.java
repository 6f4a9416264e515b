package org.councilcommons.maturity;

import java.util.List;

/**
 * One dimension of the maturity model: a plain-English descriptor for each of the five levels, and the statements a
 * council answers. {@code barriers} and {@code keywords} tie it to case studies and to members' offers of help.
 */
public record Dimension(String key, String name, String summary, List<String> barriers, List<String> keywords,
        List<String> levels, List<Statement> statements) {

    public Dimension {
        barriers = List.copyOf(barriers);
        keywords = List.copyOf(keywords);
        levels = List.copyOf(levels);
        statements = List.copyOf(statements);
    }

    /** The descriptor of a level, 1 to 5. */
    public String descriptor(int level) {
        return levels.get(level - 1);
    }

    public List<Statement> statementsAt(int level) {
        return statements.stream().filter(s -> s.level() == level).toList();
    }

    /** Whether lower-case text (an offer of help, a theme) speaks of this dimension: its name or a keyword. */
    public boolean mentionedIn(String text) {
        return text.contains(name.toLowerCase(java.util.Locale.ROOT)) || keywords.stream().anyMatch(text::contains);
    }

    /** One statement: met with a "yes", it is evidence of its level. */
    public record Statement(String key, int level, String text) {}
}
