package dev.cardwright.yaml;

import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * The parser's events, with the values among them counted: the composer builds a node, with its
 * marks, for each, and a million of them took half a minute and more than 256 MB. Counting the
 * events stops at the first value past {@link dev.cardwright.card.Limits#MAX_YAML_NODES}, before
 * its node exists; exact where a pre-scan of the text can only estimate (a card source's
 * Markdown is full of brackets and commas).
 */
final class CountedEvents implements Parser {
    private final Parser parser;
    private long values;

    CountedEvents(Parser parser) {
        this.parser = parser;
    }

    /** More values than the limit; {@code mark} is where the first one too many starts. */
    static final class TooMany extends RuntimeException {
        private final transient Mark mark;

        TooMany(Mark mark) {
            super("it holds more than " + dev.cardwright.card.Limits.MAX_YAML_NODES + " values (list items, keys and scalars)", null, false, false);
            this.mark = mark;
        }

        /** 1-based line and column, or 1:1 when the parser gave no mark. */
        int line() {
            return mark == null ? 1 : mark.getLine() + 1;
        }

        int column() {
            return mark == null ? 1 : mark.getColumn() + 1;
        }
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        return parser.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public Event next() {
        Event event = parser.next();
        switch (event.getEventId()) {
            case Scalar, SequenceStart, MappingStart, Alias -> {
                if (++values > dev.cardwright.card.Limits.MAX_YAML_NODES) {
                    throw new TooMany(event.getStartMark().orElse(null));
                }
            }
            default -> {
                // stream, document and end events build no node
            }
        }
        return event;
    }
}
