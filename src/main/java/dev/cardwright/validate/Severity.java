package dev.cardwright.validate;

import java.util.Locale;

/** How bad a diagnostic is. Errors are what the Hub would refuse; warnings are what it accepts but reads wrongly or shows badly. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The name used in every output format: {@code error}, {@code warning}, {@code info}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
