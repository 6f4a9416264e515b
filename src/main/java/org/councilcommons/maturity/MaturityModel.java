package org.councilcommons.maturity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The maturity model: five levels and the dimensions, read from the reviewed file {@code maturity-model.json}. It is
 * data, versioned: every assessment records the version it answered. A file that breaks the rules below stops the
 * application at start rather than scoring councils wrongly.
 */
public record MaturityModel(String version, List<String> levelNames, List<Dimension> dimensions) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
    static final String RESOURCE = "maturity-model.json";

    public MaturityModel {
        levelNames = List.copyOf(levelNames);
        dimensions = List.copyOf(dimensions);
    }

    public Optional<Dimension> dimension(String key) {
        return dimensions.stream().filter(d -> d.key().equals(key)).findFirst();
    }

    public String levelName(int level) {
        return levelNames.get(level - 1);
    }

    public List<Dimension.Statement> statements() {
        return dimensions.stream().flatMap(d -> d.statements().stream()).toList();
    }

    /** The model shipped with the application. */
    public static MaturityModel bundled() {
        try (InputStream in = MaturityModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The maturity model " + RESOURCE + " is missing from the application");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MaturityModel read(InputStream in) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(in)) {
            root = reader.readObject();
        }
        List<String> levelNames = root.getJsonArray("levels").stream()
                .map(v -> v.asJsonObject().getString("name")).toList();
        List<Dimension> dimensions = new ArrayList<>();
        for (JsonValue value : root.getJsonArray("dimensions")) {
            JsonObject d = value.asJsonObject();
            List<Dimension.Statement> statements = d.getJsonArray("statements").stream().map(JsonValue::asJsonObject)
                    .map(s -> new Dimension.Statement(s.getString("key"), s.getInt("level"), s.getString("text"))).toList();
            dimensions.add(new Dimension(d.getString("key"), d.getString("name"), d.getString("summary"),
                    strings(d, "barriers"), strings(d, "keywords"), strings(d, "levels"), statements));
        }
        MaturityModel model = new MaturityModel(root.getString("version"), levelNames, dimensions);
        model.check();
        return model;
    }

    private static List<String> strings(JsonObject o, String name) {
        return o.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** The rules the scoring relies on. */
    void check() {
        if (version == null || version.isBlank() || version.length() > 20) {
            throw new IllegalStateException("The maturity model needs a version of at most 20 characters");
        }
        if (levelNames.size() != HIGHEST) {
            throw new IllegalStateException("The maturity model must name exactly " + HIGHEST + " levels");
        }
        if (dimensions.isEmpty()) {
            throw new IllegalStateException("The maturity model has no dimensions");
        }
        Set<String> keys = new HashSet<>();
        for (Dimension d : dimensions) {
            if (!keys.add(d.key())) {
                throw new IllegalStateException("The dimension key " + d.key() + " appears twice");
            }
            if (d.levels().size() != HIGHEST) {
                throw new IllegalStateException(d.key() + " must describe each of the " + HIGHEST + " levels");
            }
            for (Dimension.Statement s : d.statements()) {
                if (!keys.add(s.key())) {
                    throw new IllegalStateException("The statement key " + s.key() + " appears twice");
                }
                if (s.level() <= LOWEST || s.level() > HIGHEST) {
                    throw new IllegalStateException(s.key() + ": statements are evidence of levels 2 to 5");
                }
            }
            for (int level = LOWEST + 1; level <= HIGHEST; level++) {
                if (d.statementsAt(level).isEmpty()) {
                    throw new IllegalStateException(d.key() + " has no statement for level " + level);
                }
            }
        }
    }
}
