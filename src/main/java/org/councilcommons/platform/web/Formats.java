package org.councilcommons.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and amounts written the GOV.UK way ("27 November 2026", "£125,000"), for the pages. */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** Reasons and the like, as one sentence part: "a; b; c". */
    public String join(java.util.List<String> parts) {
        return parts == null ? "" : String.join("; ", parts);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(UK));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).format(instant.atZone(UK));
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String month(LocalDate date) {
        return date == null ? "" : MONTH.format(date);
    }

    public String pounds(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getCurrencyInstance(Locale.UK);
        f.setMaximumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return f.format(amount);
    }

    public String number(Number value) {
        if (value == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(Locale.UK);
        f.setMaximumFractionDigits(2);
        return f.format(value);
    }
}
