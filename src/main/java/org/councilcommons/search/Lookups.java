package org.councilcommons.search;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;

/**
 * What the {@link Interpreter} has already found out about one index reader's words: whether a concept or quoted
 * phrase occurs at all, and what an unknown word corrects to. A reader never changes, so the answers hold while it
 * is open, and they go when it closes. People search with the same few hundred words in many combinations, so most
 * searches then ask nothing of the index before searching it; without this, checking a phrase that occurs nowhere
 * (a synonym no case study uses) scanned every document with its words, and a typo walked the term dictionary.
 */
final class Lookups {

    /** Per reader; past this many answers they are all dropped and found again (a bound, not an eviction policy). */
    static final int MAX_ANSWERS = 10_000;

    private static final Map<IndexReader.CacheKey, Lookups> READERS = new ConcurrentHashMap<>();

    private final Map<Object, Object> answers = new ConcurrentHashMap<>();

    private Lookups() {}

    /** The answers for this reader; a reader without a cache key gets a fresh, unshared set. */
    static Lookups of(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return new Lookups();
        }
        Lookups known = READERS.get(helper.getKey());
        if (known != null) {
            return known;
        }
        Lookups created = new Lookups();
        Lookups raced = READERS.putIfAbsent(helper.getKey(), created);
        if (raced != null) {
            return raced;
        }
        helper.addClosedListener(READERS::remove);
        return created;
    }

    /** Whether {@code query} (a concept or phrase) matches anything, asking the index only the first time. */
    boolean occurs(Object query, Supplier<Boolean> ask) {
        return (Boolean) answer(new Occurs(query), ask);
    }

    /** The correction of an unknown word, or empty, asking the index only the first time. */
    @SuppressWarnings("unchecked")
    Optional<Concepts.Concept> correction(String word, Supplier<Optional<Concepts.Concept>> ask) {
        return (Optional<Concepts.Concept>) answer(new Correction(word), ask);
    }

    private Object answer(Object key, Supplier<?> ask) {
        Object known = answers.get(key);
        if (known != null) {
            return known;
        }
        Object found = ask.get();
        if (answers.size() >= MAX_ANSWERS) {
            answers.clear();
        }
        answers.put(key, found);
        return found;
    }

    private record Occurs(Object query) {}

    private record Correction(String word) {}
}
