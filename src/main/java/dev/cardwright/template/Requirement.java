package dev.cardwright.template;

import java.util.Locale;

/** How much a complete card needs a section (drives completeness and the form's emphasis). */
public enum Requirement {
    REQUIRED, RECOMMENDED, OPTIONAL;

    static Requirement parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
}
