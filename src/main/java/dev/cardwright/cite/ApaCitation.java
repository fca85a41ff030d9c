package dev.cardwright.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A BibTeX entry as an APA (7th edition) reference, in Markdown (titles of stand-alone works and
 * journal names in {@code *italics*}): authors, year, title, venue, DOI or URL. Titles keep the
 * case the entry gives them: turning them into sentence case would lower proper nouns the
 * entry did not brace.
 */
public final class ApaCitation {
    private static final Pattern ARXIV_ID = Pattern.compile("(?i)(?:arxiv(?:\\.org)?[:./\\s]*(?:abs/|pdf/)?)((?:\\d{4}\\.\\d{4,5})|(?:[a-z-]+(?:\\.[a-z]{2})?/\\d{7}))(v\\d+)?");
    private static final Pattern AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);

    private ApaCitation() {
    }

    public static String format(BibtexEntry e) {
        String type = e.type();
        Optional<String> arxiv = arxivId(e);
        String authors = e.field("author").map(ApaCitation::names)
                .or(() -> e.field("editor").map(ed -> names(ed) + (AND.split(ed).length > 1 ? " (Eds.)" : " (Ed.)")))
                .orElse("");
        String title = e.field("title").map(LatexText::plain).orElse("");
        StringBuilder out = new StringBuilder();
        if (!authors.isEmpty()) {
            out.append(authors).append(authors.endsWith(".") ? " " : ". ");
        }
        out.append('(').append(year(e)).append("). ");
        String link = link(e);
        if (arxiv.isPresent() && (type.equals("misc") || type.equals("article") || type.equals("unpublished") || type.equals("online"))) {
            out.append(italic(title)).append(" (arXiv:").append(arxiv.get()).append("). arXiv.");
            link = e.field("doi").map(ApaCitation::doi).orElse("https://doi.org/10.48550/arXiv." + arxiv.get());
        } else {
            switch (type) {
                case "article" -> {
                    out.append(sentence(title)).append(' ');
                    String journal = e.field("journal").or(() -> e.field("journaltitle")).map(LatexText::plain).orElse("");
                    StringBuilder venue = new StringBuilder(italic(journal));
                    e.field("volume").ifPresent(v -> venue.append(", ").append(italic(LatexText.plain(v))));
                    e.field("number").or(() -> e.field("issue")).ifPresent(n -> venue.append('(').append(LatexText.plain(n)).append(')'));
                    e.field("pages").ifPresent(p -> venue.append(", ").append(LatexText.plain(p)));
                    out.append(venue).append('.');
                }
                case "inproceedings", "conference", "incollection" -> {
                    out.append(sentence(title)).append(" In ");
                    e.field("editor").ifPresent(ed -> out.append(initialsFirst(ed)).append(AND.split(ed).length > 1 ? " (Eds.), " : " (Ed.), "));
                    out.append(italic(e.field("booktitle").map(LatexText::plain).orElse("")));
                    e.field("pages").ifPresent(p -> out.append(" (pp. ").append(LatexText.plain(p)).append(')'));
                    out.append('.');
                    e.field("publisher").or(() -> e.field("organization")).ifPresent(p -> out.append(' ').append(sentence(LatexText.plain(p))));
                }
                case "book" -> {
                    out.append(italic(title));
                    e.field("edition").ifPresent(ed -> out.append(" (").append(LatexText.plain(ed)).append(" ed.)"));
                    out.append('.');
                    e.field("publisher").ifPresent(p -> out.append(' ').append(sentence(LatexText.plain(p))));
                }
                case "techreport" -> {
                    out.append(italic(title));
                    e.field("number").ifPresent(n -> out.append(" (Report No. ").append(LatexText.plain(n)).append(')'));
                    out.append('.');
                    e.field("institution").ifPresent(i -> out.append(' ').append(sentence(LatexText.plain(i))));
                }
                case "phdthesis", "mastersthesis" -> {
                    out.append(italic(title)).append(" [").append(type.equals("phdthesis") ? "Doctoral dissertation" : "Master's thesis");
                    e.field("school").ifPresent(s -> out.append(", ").append(LatexText.plain(s)));
                    out.append("].");
                }
                default -> {
                    boolean software = type.equals("software") || type.equals("misc") && isSoftwareLink(link);
                    out.append(italic(title));
                    e.field("version").ifPresent(v -> out.append(" (Version ").append(LatexText.plain(v)).append(')'));
                    if (software) {
                        out.append(" [Computer software]");
                    } else if (type.equals("dataset")) {
                        out.append(" [Data set]");
                    }
                    out.append('.');
                    e.field("publisher").or(() -> e.field("organization")).or(() -> e.field("institution"))
                            .or(() -> e.field("howpublished").filter(h -> !h.contains("\\url") && !h.startsWith("http")))
                            .ifPresent(p -> out.append(' ').append(sentence(LatexText.plain(p))));
                }
            }
        }
        if (link != null) {
            out.append(' ').append(link);
        }
        return out.toString().replaceAll("\\.\\.", ".").strip();
    }

    /** The arXiv identifier (no version) when the entry is an arXiv paper. */
    public static Optional<String> arxivId(BibtexEntry e) {
        String prefix = e.field("archiveprefix").or(() -> e.field("eprinttype")).orElse("");
        if (prefix.equalsIgnoreCase("arxiv") && e.field("eprint").isPresent()) {
            return Optional.of(e.field("eprint").get().replaceAll("(?i)^arxiv:", "").replaceAll("v\\d+$", "").strip());
        }
        for (String field : List.of("journal", "doi", "url", "howpublished", "note", "eprint")) {
            Optional<String> value = e.field(field);
            if (value.isPresent()) {
                String v = value.get().replace("10.48550/arXiv.", "arXiv:");
                Matcher m = ARXIV_ID.matcher(v);
                if (m.find() && (field.equals("eprint") || v.toLowerCase(Locale.ROOT).contains("arxiv"))) {
                    return Optional.of(m.group(1));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isSoftwareLink(String link) {
        return link != null && (link.contains("github.com/") || link.contains("gitlab.com/"));
    }

    private static String year(BibtexEntry e) {
        return e.field("year").map(LatexText::plain)
                .or(() -> e.field("date").map(d -> d.length() >= 4 ? d.substring(0, 4) : d))
                .orElse("n.d.");
    }

    private static String link(BibtexEntry e) {
        return e.field("doi").map(ApaCitation::doi)
                .or(() -> e.field("url").map(u -> u.replaceAll("\\\\url", "").replaceAll("[{}]", "").strip()))
                .or(() -> e.field("howpublished").map(h -> h.replaceAll("\\\\url", "").replaceAll("[{}]", "").strip())
                        .filter(h -> h.startsWith("http")))
                .orElse(null);
    }

    private static String doi(String doi) {
        String d = doi.strip().replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:\\s*)", "");
        return "https://doi.org/" + d;
    }

    private static String italic(String s) {
        return s.isEmpty() ? "" : "*" + s + "*";
    }

    /** A title or name closed with a full stop unless it ends with its own mark. */
    private static String sentence(String s) {
        return s.isEmpty() || s.endsWith("?") || s.endsWith("!") || s.endsWith(".") ? s : s + ".";
    }

    /** The author list: "A, B, & C"; up to 20 names, then the first 19, an ellipsis and the last. */
    static String names(String field) {
        List<String> names = new ArrayList<>();
        boolean others = false;
        for (String raw : splitNames(field)) {
            if (raw.equalsIgnoreCase("others")) {
                others = true;
            } else {
                names.add(PersonName.parse(raw).apa());
            }
        }
        if (names.size() > 20) {
            List<String> shown = new ArrayList<>(names.subList(0, 19));
            return String.join(", ", shown) + ", . . . " + names.get(names.size() - 1);
        }
        String list;
        if (names.size() == 1) {
            list = names.get(0);
        } else if (names.isEmpty()) {
            list = "";
        } else {
            list = String.join(", ", names.subList(0, names.size() - 1)) + ", & " + names.get(names.size() - 1);
        }
        return others ? list + ", et al." : list;
    }

    /** Editors in a chapter reference: initials first ("J. Smith & K. Lee"). */
    private static String initialsFirst(String field) {
        List<String> names = splitNames(field).stream().map(n -> PersonName.parse(n).initialsFirst()).toList();
        return names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + (names.size() > 2 ? ", & " : " & ") + names.get(names.size() - 1);
    }

    /** Splits on " and " outside braces (a braced name is one name: {Hugging Face and friends}). */
    static List<String> splitNames(String field) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0 && Character.isWhitespace(c)) {
                Matcher m = AND.matcher(field);
                if (m.find(i) && m.start() == i) {
                    out.add(field.substring(start, i).strip());
                    start = m.end();
                    i = m.end() - 1;
                }
            }
        }
        out.add(field.substring(start).strip());
        out.removeIf(String::isEmpty);
        return out;
    }
}
