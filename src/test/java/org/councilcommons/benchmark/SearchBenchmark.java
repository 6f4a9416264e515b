package org.councilcommons.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.councilcommons.search.SearchCache;
import org.councilcommons.search.SearchDocument;
import org.councilcommons.search.SearchEngine;
import org.councilcommons.search.SearchRequest;
import org.councilcommons.search.SearchSchema;

/**
 * In-process search figures at scale: indexing throughput into an on-disk index, and query latency for a mix of
 * officers' queries, each searched afresh and then through the result cache; then CPU time for as many requests
 * that never repeat (words from the topics' vocabularies, with filters and pages), and the heap a cached result
 * takes. Not a test; run by hand (README,
 * "Benchmarks"). Arguments: [documents=100000] [queries=2000]
 * [corpus=topics|uniform] [index folder, reused when it already holds an index].
 */
public final class SearchBenchmark {

    static final String[] QUERIES = {"NEET", "webcast council meetings", "replacing our old CRM", "digital inclusion",
            "helping older people get online", "moving services online", "PSN compliance", "social media pioneers",
            "no money for the first step", "chatbot council tax", "open data", "young people app", "staff training skills",
            "waste service", "\"contact centre\"", "legacy system -chatbot", "livestream", "libraries volunteers",
            "housing repairs app", "webcsat"};

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Synthetic.Kind kind = args.length > 2 ? Synthetic.Kind.valueOf(args[2].toUpperCase()) : Synthetic.Kind.TOPICS;
        Path dir = args.length > 3 ? Files.createDirectories(Path.of(args[3])) : Files.createTempDirectory("commons-search-bench");
        try (FSDirectory fs = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(fs)) {
                index(fs, n, kind);
            }
            try (DirectoryReader reader = DirectoryReader.open(fs)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                // Lucene's query cache would keep the whole match sets of this mix's 20 queries, which repeat
                // exactly; real traffic rarely does (and the result cache takes those): measure the engine
                searcher.setQueryCache(null);
                long matched = 0;
                for (String q : QUERIES) {
                    matched += SearchEngine.search(searcher, SearchRequest.of(q)).total();
                }
                System.out.printf("%,d documents in %s; a query matches %.1f%% of them on average%n", reader.numDocs(),
                        dir, 100.0 * matched / QUERIES.length / reader.numDocs());
                for (int i = 0; i < 200; i++) {
                    SearchEngine.search(searcher, request(i));
                }
                List<Long> latencies = new ArrayList<>();
                List<Long> cpu = new ArrayList<>();
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                for (int i = 0; i < queries; i++) {
                    long c = threads.getCurrentThreadCpuTime();
                    long s = System.nanoTime();
                    SearchEngine.search(searcher, request(i));
                    latencies.add(System.nanoTime() - s);
                    cpu.add(threads.getCurrentThreadCpuTime() - c);
                }
                report("In-process query latency", queries, latencies);
                // CPU time is what a shared machine's other work disturbs least: compare runs by it
                report("CPU time per query", queries, cpu);
                // the same mix through the server's result cache: after the first round of each request, all hits
                SearchCache cache = new SearchCache(256);
                latencies.clear();
                for (int i = 0; i < queries; i++) {
                    long s = System.nanoTime();
                    SearchEngine.search(searcher, request(i), cache);
                    latencies.add(System.nanoTime() - s);
                }
                report("With the result cache (the mix repeats)", queries, latencies);
                // requests that never repeat, built from the corpus's own words (as search-mix.lua does over HTTP)
                List<SearchRequest> distinct = distinct(queries);
                cpu.clear();
                for (SearchRequest r : distinct) {
                    long c = threads.getCurrentThreadCpuTime();
                    SearchEngine.search(searcher, r);
                    cpu.add(threads.getCurrentThreadCpuTime() - c);
                }
                report("CPU time per query, distinct requests", queries, cpu);
                System.out.printf("Heap per cached result (page of 20): about %,d bytes%n",
                        heapPerResult(searcher, distinct));
            }
        }
        System.out.printf("Index size on disk: %,d MB%n", Files.walk(dir).filter(Files::isRegularFile)
                .mapToLong(p -> p.toFile().length()).sum() / 1_000_000);
    }

    private static SearchRequest request(int i) {
        String barrier = i % 5 == 0 ? "legacy-systems" : null;
        return new SearchRequest(QUERIES[i % QUERIES.length], null, barrier, null, null, null, null,
                i % 7 == 0 ? "date" : null, 1 + i % 3, 10);
    }

    /** Distinct requests: one to three words from the topics' vocabularies, some with a filter, date order or page. */
    static List<SearchRequest> distinct(int count) {
        java.util.Random random = new java.util.Random(7);
        java.util.Set<SearchRequest> requests = new java.util.LinkedHashSet<>();
        String[] statuses = {"live", "scaled", "planned", "stopped"};
        while (requests.size() < count) {
            Synthetic.Topic area = Synthetic.AREAS[random.nextInt(Synthetic.AREAS.length)];
            Synthetic.Technology tech = Synthetic.TECHNOLOGIES[random.nextInt(Synthetic.TECHNOLOGIES.length)];
            String a = area.words()[random.nextInt(area.words().length)];
            String t = tech.words()[random.nextInt(tech.words().length)];
            String c = Synthetic.COMMON[random.nextInt(Synthetic.COMMON.length)];
            int shape = random.nextInt(10);
            String q = shape < 4 ? a + " " + t : shape < 6 ? a : shape < 8 ? t + " " + c : a + " " + t + " " + c;
            int filter = random.nextInt(10);
            String barrier = filter == 0 ? Synthetic.BARRIERS[random.nextInt(Synthetic.BARRIERS.length)] : null;
            String theme = filter == 1 ? area.theme() : null;
            String status = filter == 2 ? statuses[random.nextInt(statuses.length)] : null;
            String sort = filter == 3 ? "date" : null;
            int page = random.nextInt(10) < 8 ? 1 : 2 + random.nextInt(2);
            requests.add(new SearchRequest(q, null, barrier, theme, null, null, status, sort, page, 20));
        }
        return new ArrayList<>(requests);
    }

    // rough: the heap the results of a few hundred distinct requests keep, divided by their number
    private static long heapPerResult(IndexSearcher searcher, List<SearchRequest> requests) {
        int n = Math.min(500, requests.size());
        SearchCache cache = new SearchCache(n);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        for (int i = 0; i < n; i++) {
            SearchEngine.search(searcher, requests.get(i), cache);
        }
        System.gc();
        long after = runtime.totalMemory() - runtime.freeMemory();
        java.lang.ref.Reference.reachabilityFence(cache);
        return (after - before) / n;
    }

    private static void report(String what, int queries, List<Long> latencies) {
        latencies.sort(null);
        System.out.printf("%s over %,d queries (facets, snippets, page 1-3): p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                what, queries, latencies.get(latencies.size() / 2) / 1e6,
                latencies.get((int) (latencies.size() * 0.99)) / 1e6, latencies.getLast() / 1e6);
    }

    private static void index(FSDirectory fs, int n, Synthetic.Kind kind) throws IOException {
        Synthetic synthetic = new Synthetic(42, kind);
        String[] regions = {"North West", "South East", "West Midlands", "Scotland", "Wales", "London", "East of England"};
        String[] types = {"unitary", "district", "county", "metropolitan_borough", "london_borough", "scottish", "welsh"};
        long start = System.nanoTime();
        try (IndexWriter writer = new IndexWriter(fs, new IndexWriterConfig(SearchSchema.analyzer()).setRAMBufferSizeMB(64))) {
            for (int i = 0; i < n; i++) {
                Synthetic.CaseStudy c = synthetic.next(i);
                SearchDocument d = new SearchDocument("case_study", i, c.title(), c.summary(), c.body(), c.themes(),
                        c.barriers(), "E0600" + (i % 400), "Council " + (i % 400), types[i % types.length],
                        regions[i % regions.length], c.status().toLowerCase(), Instant.now().minusSeconds(i), "/case-studies/" + i);
                writer.updateDocument(SearchSchema.idTerm(d.type(), d.id()), SearchSchema.build(d));
            }
            writer.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Indexed %,d %s documents in %.1f s (%,.0f documents/s)%n", n, kind, seconds, n / seconds);
    }
}
