package dev.cardwright.translate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;

import dev.cardwright.card.Card;
import dev.cardwright.card.LineEnding;
import dev.cardwright.card.Section;

/**
 * A small README → Card reader for the translate tests, so they do not wait for the markdown
 * package: front matter skipped, headings found by flexmark, ids = slug of the title + a counter.
 */
final class TestReadme {
    private TestReadme() {
    }

    static Card read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    static Card parse(String raw) {
        String text = LineEnding.normalize(raw.startsWith("\uFEFF") ? raw.substring(1) : raw);
        int bodyStart = 0;
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---\n", 3);
            if (end > 0) {
                bodyStart = end + 5;
            }
        }
        String body = text.substring(bodyStart);
        Node doc = Parser.builder().build().parse(body);
        List<Heading> headings = new ArrayList<>();
        for (Node n : doc.getDescendants()) {
            if (n instanceof Heading h) {
                headings.add(h);
            }
        }
        Card card = new Card();
        card.setPreamble(headings.isEmpty() ? body : body.substring(0, headings.get(0).getStartOffset()));
        Deque<Section> open = new ArrayDeque<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            int headingEnd = Math.min(body.length(), h.getEndOffset() < body.length() && body.charAt(h.getEndOffset()) == '\n'
                    ? h.getEndOffset() + 1 : h.getEndOffset());
            int textEnd = i + 1 < headings.size() ? headings.get(i + 1).getStartOffset() : body.length();
            String title = h.getText().toString().strip();
            String slug = title.toLowerCase().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
            int n = seen.merge(slug, 1, Integer::sum);
            Section s = new Section(n == 1 ? slug : slug + "-" + n, h.getLevel(),
                    body.substring(h.getStartOffset(), headingEnd), title, body.substring(headingEnd, Math.max(headingEnd, textEnd)));
            while (!open.isEmpty() && open.peek().getLevel() >= h.getLevel()) {
                open.pop();
            }
            if (open.isEmpty()) {
                card.getSections().add(s);
            } else {
                open.peek().getChildren().add(s);
            }
            open.push(s);
        }
        return card;
    }
}
