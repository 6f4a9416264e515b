package org.councilcommons.search;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Owns this node's Lucene index: the one IndexWriter and the SearcherManager (after Gerrit's index and Lucene's
 * demo). Nothing else touches the writer. Visibility comes from refreshing the searcher right after each batch;
 * durability from commits on a short schedule, each recording the last outbox event it covers. The folder is named
 * by schema version; a missing, stale or corrupt index is set aside and rebuilt from the database.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    static final String LAST_EVENT = "lastEventId";

    public enum State { STARTING, READY, REBUILDING, FAILED }

    @Inject
    @ConfigProperty(name = "commons.data.dir", defaultValue = "./data")
    String dataDir;

    private final ReentrantLock writeLock = new ReentrantLock();
    private final AtomicLong appliedEventId = new AtomicLong();
    private final AtomicLong rebuildDone = new AtomicLong();
    private final AtomicLong rebuildTotal = new AtomicLong();
    private volatile State state = State.STARTING;
    private volatile boolean dirty;
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;

    /** Opens the index; says whether it must be rebuilt (new, from an older schema, or unreadable). */
    public boolean open() {
        Path root = Path.of(dataDir).toAbsolutePath().resolve("index");
        Path folder = root.resolve("v" + SearchSchema.VERSION);
        try {
            Files.createDirectories(root);
            removeOtherVersions(root, folder);
            boolean rebuild;
            try {
                rebuild = openAt(folder);
            } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
                Path aside = root.resolve("v" + SearchSchema.VERSION + ".unreadable-" + Instant.now().toEpochMilli());
                LOG.log(Level.WARNING, "The search index at " + folder + " cannot be read; moving it to " + aside
                        + " and rebuilding it from the database", e);
                closeQuietly();
                Files.move(folder, aside);
                rebuild = openAt(folder);
            }
            state = rebuild ? State.REBUILDING : State.READY;
            return rebuild;
        } catch (IOException | RuntimeException e) {
            state = State.FAILED;
            LOG.log(Level.SEVERE, "Could not open the search index at " + folder, e);
            return false;
        }
    }

    private boolean openAt(Path folder) throws IOException {
        directory = FSDirectory.open(folder);
        boolean existed = DirectoryReader.indexExists(directory);
        if (existed) {
            // reading every segment's checksum now turns a damaged index into a rebuild, not a failing search later
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                org.apache.lucene.index.CheckIndex.Status status;
                try (org.apache.lucene.index.CheckIndex check = new org.apache.lucene.index.CheckIndex(directory)) {
                    check.setLevel(org.apache.lucene.index.CheckIndex.Level.MIN_LEVEL_FOR_CHECKSUM_CHECKS);
                    status = check.checkIndex();
                }
                if (!status.clean) {
                    throw new CorruptIndexException("CheckIndex found problems", folder.toString());
                }
                String last = reader.getIndexCommit().getUserData().get(LAST_EVENT);
                appliedEventId.set(last == null ? 0 : Long.parseLong(last));
            }
        }
        IndexWriterConfig config = new IndexWriterConfig(SearchSchema.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, new SearcherFactory());
        return !existed || appliedEventId.get() == 0 && writer.getDocStats().numDocs == 0;
    }

    private static void removeOtherVersions(Path root, Path current) throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            for (Path p : children.filter(p -> !p.equals(current) && p.getFileName().toString().matches("v\\d+")).toList()) {
                LOG.info("Removing the search index of another schema version: " + p);
                deleteTree(p);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Applies upserts and deletions, then makes them visible to searches at once. */
    public void apply(List<SearchDocument> upserts, List<Term> deletions, long upToEventId) {
        writeLock.lock();
        try {
            for (Term t : deletions) {
                writer.deleteDocuments(t);
            }
            for (SearchDocument d : upserts) {
                writer.updateDocument(SearchSchema.idTerm(d.type(), d.id()), SearchSchema.build(d));
            }
            appliedEventId.accumulateAndGet(upToEventId, Math::max);
            dirty = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writeLock.unlock();
        }
        refresh();
    }

    /** Makes recent changes visible (cheap when there are none). */
    public void refresh() {
        try {
            searchers.maybeRefresh();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not refresh the searcher", e);
        }
    }

    /** Durability: writes the changes and the last event they cover to disk. */
    public void commit() {
        if (!dirty || writer == null) {
            return;
        }
        writeLock.lock();
        try {
            dirty = false;
            Map<String, String> data = new HashMap<>();
            data.put(LAST_EVENT, String.valueOf(appliedEventId.get()));
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        } catch (IOException e) {
            dirty = true;
            LOG.log(Level.SEVERE, "Could not commit the search index", e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Empties the index before a rebuild; the rebuild then applies every entity afresh. */
    void clearForRebuild(long total) {
        writeLock.lock();
        try {
            writer.deleteAll();
            appliedEventId.set(0);
            rebuildTotal.set(total);
            rebuildDone.set(0);
            state = State.REBUILDING;
            dirty = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writeLock.unlock();
        }
    }

    void rebuildProgress(long done) {
        rebuildDone.set(done);
    }

    void rebuilt() {
        commit();
        refresh();
        state = State.READY;
    }

    public <T> T withSearcher(java.util.function.Function<IndexSearcher, T> work) {
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return work.apply(searcher);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not release a searcher", e);
            }
        }
    }

    public long appliedEventId() {
        return appliedEventId.get();
    }

    public State state() {
        return state;
    }

    public long rebuildDone() {
        return rebuildDone.get();
    }

    public long rebuildTotal() {
        return rebuildTotal.get();
    }

    /** Explicit shutdown order: stop searching, commit, then close the writer and the directory. */
    @PreDestroy
    void close() {
        commit();
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.close();
            }
            if (directory != null) {
                directory.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Closing the search index", e);
        } finally {
            searchers = null;
            writer = null;
            directory = null;
        }
    }
}
