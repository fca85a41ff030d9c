package dev.cardwright.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Keeps the HTML that real cards use (images, {@code <details>}, aligned paragraphs and tables,
 * {@code <picture>}, {@code <kbd>} …) and removes everything that could run code, navigate,
 * submit or embed another page: scripts, {@code on*} handlers, {@code javascript:}-like URLs,
 * forms, frames, objects, style sheets. An allow-list, applied to jsoup's parse of the HTML (the
 * same HTML5 parse a browser does, so entity-encoded or oddly cased tricks are seen decoded).
 *
 * <p>The tag and attribute lists come from what the cards in {@code shared/corpus} contain.
 */
public final class HtmlSanitizer {
    /** Removed together with everything inside them: their content is code, or another document. */
    private static final Set<String> DROP_WITH_CONTENT = Set.of(
            "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript",
            "noembed", "noframes", "template", "form", "input", "button", "select", "option", "textarea",
            "title", "meta", "link", "base", "head", "math", "svg", "xmp", "plaintext", "portal", "dialog");

    private static final Set<String> GLOBAL_ATTRIBUTES = Set.of("id", "title", "align", "dir", "lang", "style");

    /** Allowed tags and their own attributes (besides the global ones). */
    private static final Map<String, Set<String>> TAGS = Map.ofEntries(
            Map.entry("a", Set.of("href", "name")),
            Map.entry("img", Set.of("src", "alt", "width", "height", "srcset", "loading")),
            Map.entry("picture", Set.of()),
            Map.entry("source", Set.of("srcset", "media", "type", "width", "height")),
            Map.entry("video", Set.of("src", "width", "height", "poster", "controls", "loop", "muted", "playsinline")),
            Map.entry("figure", Set.of()), Map.entry("figcaption", Set.of()),
            Map.entry("details", Set.of("open")), Map.entry("summary", Set.of()),
            Map.entry("div", Set.of()), Map.entry("p", Set.of()), Map.entry("center", Set.of()),
            Map.entry("span", Set.of()), Map.entry("font", Set.of("size", "color", "face")),
            Map.entry("h1", Set.of()), Map.entry("h2", Set.of()), Map.entry("h3", Set.of()),
            Map.entry("h4", Set.of()), Map.entry("h5", Set.of()), Map.entry("h6", Set.of()),
            Map.entry("br", Set.of()), Map.entry("hr", Set.of()),
            Map.entry("b", Set.of()), Map.entry("strong", Set.of()), Map.entry("i", Set.of()), Map.entry("em", Set.of()),
            Map.entry("u", Set.of()), Map.entry("s", Set.of()), Map.entry("del", Set.of()), Map.entry("ins", Set.of()),
            Map.entry("strike", Set.of()), Map.entry("mark", Set.of()), Map.entry("small", Set.of()), Map.entry("big", Set.of()),
            Map.entry("sup", Set.of()), Map.entry("sub", Set.of()), Map.entry("kbd", Set.of()), Map.entry("samp", Set.of()),
            Map.entry("var", Set.of()), Map.entry("abbr", Set.of()), Map.entry("cite", Set.of()), Map.entry("q", Set.of()),
            Map.entry("dfn", Set.of()), Map.entry("tt", Set.of()),
            Map.entry("code", Set.of("class")), Map.entry("pre", Set.of()), Map.entry("blockquote", Set.of()),
            Map.entry("ul", Set.of("start")), Map.entry("ol", Set.of("start", "type", "reversed")), Map.entry("li", Set.of("value")),
            Map.entry("dl", Set.of()), Map.entry("dt", Set.of()), Map.entry("dd", Set.of()),
            Map.entry("table", Set.of("width", "border", "cellpadding", "cellspacing")),
            Map.entry("caption", Set.of()), Map.entry("colgroup", Set.of("span")), Map.entry("col", Set.of("span", "width")),
            Map.entry("thead", Set.of()), Map.entry("tbody", Set.of()), Map.entry("tfoot", Set.of()),
            Map.entry("tr", Set.of("valign")),
            Map.entry("th", Set.of("colspan", "rowspan", "valign", "width", "scope")),
            Map.entry("td", Set.of("colspan", "rowspan", "valign", "width")));

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "poster");
    private static final Set<String> WEB_SCHEMES = Set.of("http", "https");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");
    /** Raster (and vector) images only; an SVG loaded through {@code <img>} cannot run scripts. */
    private static final Pattern DATA_IMAGE = Pattern.compile("^data:image/[a-z0-9.+\\-]+[;,]");
    /** CSS that could fetch, run or cover the page; everything else in an inline style is layout. */
    private static final Pattern UNSAFE_CSS = Pattern.compile(
            "url\\s*\\(|expression|javascript|vbscript|behavior|-moz-binding|@import|\\\\|position\\s*:\\s*(fixed|sticky|absolute)",
            Pattern.CASE_INSENSITIVE);
    /** Only flexmark's own code-block classes. */
    private static final Pattern LANGUAGE_CLASS = Pattern.compile("language-[A-Za-z0-9_+\\-]{1,40}");

    /** The safe part of an HTML fragment, as HTML. */
    public String sanitize(String html) {
        // Unwrapping can leave a tree that HTML does not allow (a <p> inside a <p>), which the
        // next parse (the browser's) rebuilds differently; then clean until the output is stable.
        boolean[] unwrapped = {false};
        String out = cleanOnce(html == null ? "" : html, unwrapped);
        for (int i = 0; i < 3 && unwrapped[0]; i++) {
            unwrapped[0] = false;
            String again = cleanOnce(out, unwrapped);
            if (again.equals(out)) {
                break;
            }
            out = again;
        }
        return out;
    }

    private String cleanOnce(String html, boolean[] unwrapped) {
        Document doc = Jsoup.parseBodyFragment(withoutUnclosedDropped(html));
        doc.outputSettings().prettyPrint(false);
        Element body = doc.body();
        cleanChildren(body, 0, unwrapped);
        return body.html();
    }

    private static final Pattern DROPPED_TAG = Pattern.compile(
            "<(/?)(" + String.join("|", DROP_WITH_CONTENT) + ")(?=[\\s/>]|$)[^>]*>?", Pattern.CASE_INSENSITIVE);

    /**
     * The fragment without the opening tags of removed elements that are never closed. A parser
     * puts everything after such a tag inside the element ({@code <style>} and {@code <textarea>}
     * read the rest as their text, {@code <form>} as its children), so removing the element would
     * remove the rest of the section. A tag counts as closed when its end tag comes anywhere after
     * it (so this stays linear however many there are); {@code <plaintext>} never ends, so it always goes.
     */
    static String withoutUnclosedDropped(String html) {
        java.util.regex.Matcher m = DROPPED_TAG.matcher(html);
        Map<String, Integer> lastClose = new java.util.HashMap<>();
        List<int[]> opens = new ArrayList<>();
        List<String> openNames = new ArrayList<>();
        while (m.find()) {
            String name = m.group(2).toLowerCase(Locale.ROOT);
            if (m.group(1).isEmpty()) {
                opens.add(new int[] {m.start(), m.end()});
                openNames.add(name);
            } else {
                lastClose.put(name, m.start());
            }
        }
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < opens.size(); i++) {
            int[] at = opens.get(i);
            String name = openNames.get(i);
            boolean closed = !name.equals("plaintext") && lastClose.getOrDefault(name, -1) > at[0];
            if (closed) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(html.length());
            }
            out.append(html, copied, at[0]);
            copied = at[1];
        }
        if (out == null) {
            return html;
        }
        return out.append(html, copied, html.length()).toString();
    }

    private void cleanChildren(Element parent, int depth, boolean[] unwrapped) {
        for (Node child : new ArrayList<>(parent.childNodes())) {
            if (child instanceof Element element) {
                String tag = element.normalName();
                if (DROP_WITH_CONTENT.contains(tag) || depth > 200) {
                    element.remove();
                    continue;
                }
                cleanChildren(element, depth + 1, unwrapped);
                Set<String> allowed = TAGS.get(tag);
                if (allowed == null) {
                    unwrapped[0] = true;
                    element.unwrap();
                } else {
                    cleanAttributes(element, tag, allowed);
                }
            } else if (!(child instanceof TextNode)) {
                // comments, data nodes, doctypes: nothing a reader sees
                child.remove();
            }
        }
    }

    private static void cleanAttributes(Element element, String tag, Set<String> allowed) {
        List<Attribute> attributes = new ArrayList<>();
        element.attributes().forEach(attributes::add);
        for (Attribute attribute : attributes) {
            String name = attribute.getKey().toLowerCase(Locale.ROOT);
            String value = attribute.getValue();
            boolean keep = (allowed.contains(name) || GLOBAL_ATTRIBUTES.contains(name))
                    && keepValue(tag, name, value);
            if (!keep) {
                element.removeAttr(attribute.getKey());
            }
        }
    }

    private static boolean keepValue(String tag, String name, String value) {
        if (URL_ATTRIBUTES.contains(name)) {
            return isSafeUrl(value, tag.equals("img") && name.equals("src"));
        }
        if (name.equals("srcset")) {
            for (String candidate : value.split(",")) {
                String url = candidate.strip().split("\\s+")[0];
                // The whole candidate is checked too: a browser that ignored the white space
                // inside it ("java\nscript:") must not find a script URL either.
                if (!url.isEmpty() && !(isSafeUrl(url, false) && isSafeUrl(candidate, false))) {
                    return false;
                }
            }
            return true;
        }
        if (name.equals("style")) {
            return !UNSAFE_CSS.matcher(value).find();
        }
        if (name.equals("class")) {
            return LANGUAGE_CLASS.matcher(value).matches();
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /**
     * A link or image address a reader can safely follow: relative, an in-page anchor, http(s),
     * mailto, or (for images only) a {@code data:image/…} URL. Browsers ignore tabs, newlines and
     * leading control characters in URLs ({@code java&#9;script:}), so the scheme is read the same way.
     */
    static boolean isSafeUrl(String value, boolean dataImageAllowed) {
        StringBuilder squeezed = new StringBuilder(Math.min(value.length(), 64));
        for (int i = 0; i < value.length() && squeezed.length() < 64; i++) {
            char c = value.charAt(i);
            boolean ignorable = c <= ' ' || c == '\u007f';
            // Leading junk (a NUL the parser turned into U+FFFD, stray punctuation) is skipped too, so
            // whatever follows is judged as if it were the start: stricter than any browser.
            boolean leadingJunk = squeezed.length() == 0 && !(isAsciiLetterOrDigit(c) || c == '/' || c == '.' || c == '#' || c == '?');
            if (!ignorable && !leadingJunk) {
                squeezed.append(Character.toLowerCase(c));
            }
        }
        String url = squeezed.toString();
        var matcher = SCHEME.matcher(url);
        if (!matcher.find()) {
            // No scheme: relative (or protocol-relative), so it resolves against the page's base.
            return true;
        }
        String scheme = matcher.group(1);
        if (WEB_SCHEMES.contains(scheme) || scheme.equals("mailto")) {
            return true;
        }
        return dataImageAllowed && scheme.equals("data") && DATA_IMAGE.matcher(url).find();
    }
}
