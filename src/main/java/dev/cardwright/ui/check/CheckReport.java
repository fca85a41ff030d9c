package dev.cardwright.ui.check;

import java.util.List;

/** Result of checking a card: its problems and how complete it is (0 … 1). */
public record CheckReport(List<Problem> problems, double completeness) {
    public static final CheckReport EMPTY = new CheckReport(List.of(), 0);

    public long count(Problem.Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }
}
