package org.councilcommons.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

/**
 * The shape of the index: which fields a document has, how each is analysed, and the facets. The index is derived
 * data (DESIGN.md), so any change here that alters what is indexed or how it is analysed bumps {@link #VERSION} and
 * every node rebuilds into a fresh folder.
 */
public final class SearchSchema {

    /** Names the index folder ({@code v1}); bump on any change to documents, analysis or synonyms. */
    public static final int VERSION = 2;

    static final String KEY = "key";
    static final String TYPE = "type";
    static final String ID = "id";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    static final String THEMES = "themes";
    static final String BARRIERS = "barriers";
    static final String COUNCIL_NAME = "councilName";
    static final String COUNCIL_CODE = "councilCode";
    static final String URL = "url";
    static final String MATURITY = "maturity";
    static final String PUBLISHED = "publishedAt";
    static final String TITLE_WORDS = "titleWords";
    static final String TITLE_START = "titleStart";
    /** Not indexed: search text is analysed under this name to get the synonym graph (see SearchAnalysis). */
    static final String QUERY = "query";

    /** Facet dimensions, in the order pages show them; also the keys of {@link SearchResults#facets()}. */
    static final List<String> DIMENSIONS = List.of("type", "barrier", "theme", "councilType", "region", "status",
            "maturity");

    private static final FieldType PROSE_WITH_OFFSETS = proseWithOffsets();
    private static final FieldType WORDS_ONLY = wordsOnly();
    private static final Analyzer ANALYZER = buildAnalyzer();
    private static final FacetsConfig FACETS = facetsConfig();

    private SearchSchema() {}

    /** The one analyzer for the {@code IndexWriterConfig} and for every query; shared, do not close it. */
    public static Analyzer analyzer() {
        return ANALYZER;
    }

    /** A fresh facets configuration; hand the same settings to anything that reads or writes facets. */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued("barrier", true);
        config.setMultiValued("theme", true);
        return config;
    }

    /** The unique key of a document, for {@code updateDocument} and {@code deleteDocuments}. */
    public static Term idTerm(String type, long id) {
        return new Term(KEY, type + ":" + id);
    }

    /** The document ready for the writer, facets included: {@code writer.updateDocument(idTerm(..), build(d))}. */
    public static Document build(SearchDocument d) {
        try {
            return FACETS.build(toDocument(d));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fields of one document, with its facet fields not yet translated by {@link FacetsConfig#build}. */
    public static Document toDocument(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(KEY, idTerm(d.type(), d.id()).text(), Field.Store.NO));
        doc.add(new StringField(TYPE, d.type(), Field.Store.YES));
        doc.add(new StoredField(ID, d.id()));
        String title = text(d.title());
        doc.add(new TextField(TITLE, title, Field.Store.YES));
        doc.add(new Field(SUMMARY, text(d.summary()), PROSE_WITH_OFFSETS));
        doc.add(new Field(BODY, text(d.body()), PROSE_WITH_OFFSETS));
        doc.add(new Field(TITLE_WORDS, title, WORDS_ONLY));
        doc.add(new StringField(TITLE_START, titleStart(title), Field.Store.NO));
        for (String theme : d.themes()) {
            doc.add(new TextField(THEMES, text(theme), Field.Store.YES));
        }
        for (String barrier : d.barriers()) {
            doc.add(new TextField(BARRIERS, text(barrier), Field.Store.NO));
        }
        store(doc, COUNCIL_NAME, d.councilName());
        store(doc, COUNCIL_CODE, d.councilCode());
        store(doc, URL, d.url());
        if (d.publishedAt() != null) {
            doc.add(new NumericDocValuesField(PUBLISHED, d.publishedAt().toEpochMilli()));
        }
        facet(doc, "type", d.type());
        d.barriers().forEach(b -> facet(doc, "barrier", b));
        d.themes().forEach(t -> facet(doc, "theme", t));
        facet(doc, "councilType", d.councilType());
        facet(doc, "region", d.region());
        facet(doc, "status", d.status());
        if (d.maturity() != null) {
            doc.add(new StringField(MATURITY, d.maturity(), Field.Store.NO));
            facet(doc, "maturity", d.maturity());
        }
        return doc;
    }

    /** How a title is compared with what someone has typed so far: folded, lower-case, bounded. */
    static String titleStart(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
        return folded.length() > 200 ? folded.substring(0, 200) : folded;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static void store(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    private static void facet(Document doc, String dimension, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new SortedSetDocValuesFacetField(dimension, value.strip()));
        }
    }

    private static Analyzer buildAnalyzer() {
        Analyzer prose = SearchAnalysis.prose();
        Map<String, Analyzer> fields = Map.of(
                TITLE, prose, SUMMARY, prose, BODY, prose, THEMES, prose, BARRIERS, prose,
                QUERY, SearchAnalysis.search(SearchAnalysis.synonyms()),
                TITLE_WORDS, SearchAnalysis.words());
        // ids, keys and facet values are matched exactly
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), fields);
    }

    // highlighting reads offsets from the postings instead of analysing stored text again for every hit
    private static FieldType proseWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static FieldType wordsOnly() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }
}
