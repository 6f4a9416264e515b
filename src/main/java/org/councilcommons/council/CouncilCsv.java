package org.councilcommons.council;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.councilcommons.platform.errors.FieldError;

/**
 * Reads a council register as CSV: a header row, then {@code GSS code, name, type, region} per row (further
 * columns are ignored). Quoted fields may contain commas. Every bad row is reported with its line number.
 */
public final class CouncilCsv {

    public static final int MAX_ROWS = 5_000;

    public record Parsed(List<CouncilRegistration> councils, List<FieldError> errors) {}

    private CouncilCsv() {}

    public static Parsed parse(String text) {
        List<CouncilRegistration> councils = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        String[] lines = (text == null ? "" : text.replace("\uFEFF", "")).split("\r?\n");
        if (lines.length < 2) {
            errors.add(new FieldError("file", "The file must have a header row and at least one council"));
            return new Parsed(councils, errors);
        }
        if (lines.length - 1 > MAX_ROWS) {
            errors.add(new FieldError("file", "The file must have " + MAX_ROWS + " councils or fewer"));
            return new Parsed(councils, errors);
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> cells = split(lines[i]);
            String where = "line " + (i + 1);
            if (cells.size() < 4) {
                errors.add(new FieldError(where, "Needs 4 columns (GSS code, name, type, region) but has " + cells.size()));
                continue;
            }
            var type = CouncilType.parse(cells.get(2));
            if (type.isEmpty()) {
                errors.add(new FieldError(where, "Unknown council type '" + cells.get(2) + "'"));
                continue;
            }
            councils.add(new CouncilRegistration(cells.get(0), cells.get(1), type.get(), cells.get(3), null, null, Set.of()));
        }
        return new Parsed(councils, errors);
    }

    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }
}
