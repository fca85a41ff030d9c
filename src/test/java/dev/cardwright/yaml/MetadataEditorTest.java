package dev.cardwright.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MetadataEditorTest {

    private static String set(String yaml, String key, Object value) throws MetadataEditException {
        return MetadataEditor.set(yaml, key, value);
    }

    @Test
    void replacesAScalarInPlaceKeepingItsCommentAndQuotingOfOthers() throws Exception {
        String yaml = "# top comment\nlanguage: \"en\"   # quoted\nlicense: apache-2.0  # the license\ntags: [a, 'b']\n";
        assertThat(set(yaml, "license", "mit"))
                .isEqualTo("# top comment\nlanguage: \"en\"   # quoted\nlicense: mit  # the license\ntags: [a, 'b']\n");
    }

    @Test
    void rewritesOnlyTheEditedKeysBlockAndKeepsCommentsAndBlankLinesAfterIt() throws Exception {
        String yaml = "tags:\n- a\n- b\n  # about the datasets\n\n# datasets follow\ndatasets: [x, y]   # flow\nlicense: mit\n";
        assertThat(set(yaml, "tags", List.of("c")))
                .isEqualTo("tags:\n- c\n  # about the datasets\n\n# datasets follow\ndatasets: [x, y]   # flow\nlicense: mit\n");
    }

    @Test
    void replacesAMultiLineListByAScalarAndBack() throws Exception {
        String yaml = "language:\n- en\n- fr\nlicense: mit\n";
        String scalar = set(yaml, "language", "en");
        assertThat(scalar).isEqualTo("language: en\nlicense: mit\n");
        assertThat(set(scalar, "language", List.of("en", "de"))).isEqualTo("language:\n- en\n- de\nlicense: mit\n");
    }

    @Test
    void findsKeysWrittenAsQuotedScalars() throws Exception {
        String yaml = "\"license\": 'apache-2.0'\n'pipeline_tag': text-generation\n";
        assertThat(set(yaml, "license", "mit")).isEqualTo("\"license\": mit\n'pipeline_tag': text-generation\n");
        assertThat(set(yaml, "pipeline_tag", List.of("a")))
                .isEqualTo("\"license\": 'apache-2.0'\npipeline_tag:\n- a\n");
    }

    @Test
    void keepsALastLineWithoutLineBreakOpen() throws Exception {
        String yaml = "license: mit\ntags:\n- a";
        assertThat(set(yaml, "tags", "b")).isEqualTo("license: mit\ntags: b");
        assertThat(set(yaml, "library_name", "timm")).isEqualTo("license: mit\ntags:\n- a\nlibrary_name: timm");
        assertThat(MetadataEditor.remove(yaml, "tags")).isEqualTo("license: mit");
        assertThat(set("license: mit", "license", "gpl-3.0")).isEqualTo("license: gpl-3.0");
    }

    @Test
    void addsANewKeyAfterTheLastEntryBeforeTrailingComments() throws Exception {
        String yaml = "license: mit\n\n# widget: []\n";
        assertThat(set(yaml, "tags", List.of("x", "y"))).isEqualTo("license: mit\ntags:\n- x\n- y\n\n# widget: []\n");
    }

    @Test
    void writesNewValuesTheWayPyYamlDoes() throws Exception {
        assertThat(set("", "language", "no")).isEqualTo("language: 'no'\n");
        assertThat(set("a: 1\n", "widget", List.of(Map.of("text", "Hello"))))
                .isEqualTo("a: 1\nwidget:\n- text: Hello\n");
        assertThat(set("a: 1\n", "name", "模型")).isEqualTo("a: 1\nname: 模型\n");
    }

    @Test
    void givesAnEmptyOrCommentOnlyBlockItsFirstKey() throws Exception {
        assertThat(set("", "license", "mit")).isEqualTo("license: mit\n");
        assertThat(set("# nothing yet\n", "license", "mit")).isEqualTo("# nothing yet\nlicense: mit\n");
    }

    @Test
    void leavesTheTextAloneWhenTheValueIsAlreadyThere() throws Exception {
        String yaml = "license: \"mit\"   # same\ntags: [a, b]\n";
        assertThat(set(yaml, "license", "mit")).isSameAs(yaml);
        assertThat(set(yaml, "tags", List.of("a", "b"))).isSameAs(yaml);
        assertThat(MetadataEditor.remove(yaml, "absent")).isSameAs(yaml);
    }

    @Test
    void keepsTheIndentationOfAnIndentedTopLevel() throws Exception {
        String yaml = "  license: mit\n  tags:\n  - a\n";
        assertThat(set(yaml, "tags", List.of("b", "c"))).isEqualTo("  license: mit\n  tags:\n  - b\n  - c\n");
        assertThat(set(yaml, "datasets", List.of("d"))).isEqualTo("  license: mit\n  tags:\n  - a\n  datasets:\n  - d\n");
    }

    @Test
    void removesAKeyWithItsWholeBlock() throws Exception {
        String yaml = "license: mit\nwidget:\n- text: |\n    Hello\n    # not a comment\n\n  example_title: x\n# kept\ntags: [a]\n";
        assertThat(MetadataEditor.remove(yaml, "widget")).isEqualTo("license: mit\n# kept\ntags: [a]\n");
    }

    @Test
    void keepsTrailingBlankLinesThatBelongToAKeptBlockScalar() throws Exception {
        String yaml = "a: 1\nnote: |+\n  kept\n\n";
        String out = set(yaml, "b", 2);
        assertThat(out).isEqualTo("a: 1\nnote: |+\n  kept\n\nb: 2\n");
        assertThat(Metadata.parse(out)).containsEntry("note", "kept\n\n");
    }

    @Test
    void refusesTextThatIsNotYamlWithItsPosition() {
        assertThatThrownBy(() -> set("license: mit\ntags: [a, b\n", "license", "x"))
                .isInstanceOf(MetadataEditException.class)
                .hasMessageStartingWith("not valid YAML")
                .satisfies(e -> assertThat(((MetadataEditException) e).line()).isGreaterThanOrEqualTo(2));
    }

    @Test
    void refusesATopLevelThatIsNotABlockMapping() {
        assertThatThrownBy(() -> set("- a\n- b\n", "license", "x")).hasMessageContaining("is a list");
        assertThatThrownBy(() -> set("just text\n", "license", "x")).hasMessageContaining("single value");
        assertThatThrownBy(() -> set("{license: mit, tags: [a]}\n", "license", "x")).hasMessageContaining("flow mapping"); // converted only on request
    }

    @Test
    void anEmptyFlowMappingBecomesBlockStyleOnTheFirstEdit() throws Exception {
        assertThat(set("{}\n", "license", "mit")).isEqualTo("license: mit\n");
        assertThat(set("{}", "language", java.util.List.of("en", "zh"))).isEqualTo("language:\n- en\n- zh\n");
        assertThat(set("# kept\n{ }\n", "license", "mit")).isEqualTo("# kept\nlicense: mit\n");
        assertThat(MetadataEditor.update("{}\n", "tags", java.util.List.of("a"))).isEqualTo("tags:\n- a\n");
        assertThat(MetadataEditor.remove("{}\n", "license")).as("nothing to remove: the text stays").isEqualTo("{}\n");
    }

    @Test
    void aFlowMappingWithKeysIsConvertedToBlockStyleOnRequest() throws Exception {
        String flow = "# about\n{license: mit, tags: [a, b], language: 'no'}\n";
        assertThat(MetadataEditor.needsBlockStyle(flow)).isTrue();
        assertThat(MetadataEditor.needsBlockStyle("{}\n")).as("empty: converted by the first edit").isFalse();
        assertThat(MetadataEditor.needsBlockStyle("license: mit\n")).isFalse();
        String block = MetadataEditor.toBlockStyle(flow);
        assertThat(block).isEqualTo("# about\nlicense: mit\ntags:\n- a\n- b\nlanguage: 'no'\n");
        assertThat(set(block, "license", "apache-2.0")).isEqualTo("# about\nlicense: apache-2.0\ntags:\n- a\n- b\nlanguage: 'no'\n");
        assertThat(MetadataEditor.toBlockStyle("{a: 1}\r\n")).isEqualTo("a: 1\r\n");
        assertThatThrownBy(() -> MetadataEditor.toBlockStyle("{{ card_data }}\n")).as("a Jinja placeholder is not metadata")
                .isInstanceOf(MetadataEditException.class).hasMessageContaining("not a plain value");
    }

    @Test
    void refusesADuplicatedKeyNamingBothLines() {
        assertThatThrownBy(() -> set("license: mit\ntags: []\nlicense: gpl\n", "license", "x"))
                .isInstanceOf(MetadataEditException.class)
                .hasMessageContaining("duplicate key 'license' (first at line 1)")
                .satisfies(e -> assertThat(((MetadataEditException) e).line()).isEqualTo(3));
    }

    @Test
    void refusesANestedEditThroughADuplicatedKey() {
        String yaml = "widget:\n- text: a\n  text: b\nlicense: mit\n";
        assertThatThrownBy(() -> MetadataEditor.set(yaml, List.of("widget", 0, "text"), "c"))
                .hasMessageContaining("duplicate key 'text' (first at line 2)")
                .satisfies(e -> assertThat(((MetadataEditException) e).line()).isEqualTo(3));
    }

    @Test
    void editsOtherKeysBesideADuplicatedOne() throws Exception {
        assertThat(set("license: mit\nlicense: gpl\ntags: [a]\n", "tags", "b")).isEqualTo("license: mit\nlicense: gpl\ntags: b\n");
    }

    @Test
    void refusesAnchorsAndAliasesInTheEditedRegion() {
        String yaml = "base: &b\n  x: 1\ncopy: *b\nother: 2\n";
        assertThatThrownBy(() -> set(yaml, "copy", "y")).hasMessageContaining("anchor or alias");
        assertThatThrownBy(() -> set(yaml, "base", "y")).hasMessageContaining("anchor or alias");
    }

    @Test
    void editsKeysAwayFromAnchors() throws Exception {
        String yaml = "base: &b\n  x: 1\ncopy: *b\nother: 2\n";
        assertThat(set(yaml, "other", 3)).isEqualTo("base: &b\n  x: 1\ncopy: *b\nother: 3\n");
    }

    @Test
    void refusesTabsInTheIndentationOfTheEditedBlock() {
        String yaml = "widget: [\n\t\"a\",\n\t\"b\"]\nlicense: mit\n";
        assertThatThrownBy(() -> set(yaml, "widget", "x"))
                .hasMessageContaining("tab")
                .satisfies(e -> assertThat(((MetadataEditException) e).line()).isEqualTo(2));
    }

    @Test
    void editsAroundTabsElsewhere() throws Exception {
        String yaml = "widget: [\n\t\"a\",\n\t\"b\"]\nlicense: mit\t# tab before the comment\n";
        assertThat(set(yaml, "license", "x")).isEqualTo("widget: [\n\t\"a\",\n\t\"b\"]\nlicense: x\t# tab before the comment\n");
    }

    @Test
    void refusesExplicitComplexKeys() {
        assertThatThrownBy(() -> set("? license\n: mit\n", "license", "x")).hasMessageContaining("complex");
    }

    @Test
    void editsOneMetricValueInPlace() throws Exception {
        String yaml = """
                license: mit
                model-index:
                - name: m
                  results:
                  - task:
                      type: text-classification
                    metrics:
                    - type: accuracy
                      value: 0.85
                    - type: f1
                      value: 0.80   # macro
                """;
        List<Object> path = List.of("model-index", 0, "results", 0, "metrics", 1, "value");
        assertThat(MetadataEditor.set(yaml, path, 0.9)).isEqualTo(yaml.replace("0.80   # macro", "0.9   # macro"));
    }

    @Test
    void addsAKeyToANestedMappingAndAnItemToANestedList() throws Exception {
        String yaml = """
                model-index:
                - name: m
                  results:
                  - metrics:
                    - type: accuracy
                      value: 0.85
                license: mit
                """;
        String verified = MetadataEditor.set(yaml, List.of("model-index", 0, "results", 0, "metrics", 0, "verified"), false);
        assertThat(verified).isEqualTo(yaml.replace("value: 0.85\n", "value: 0.85\n      verified: false\n"));
        String appended = MetadataEditor.set(yaml, List.of("model-index", 0, "results", 0, "metrics", 1),
                Map.of("type", "f1"));
        assertThat(appended).isEqualTo(yaml.replace("value: 0.85\n", "value: 0.85\n    - type: f1\n"));
    }

    @Test
    void rewritesTheEnclosingItemWhenAKeyShareslineWithItsDash() throws Exception {
        String yaml = "model-index:\n- name: m\n  results: []\nlicense: mit\n";
        assertThat(MetadataEditor.remove(yaml, List.of("model-index", 0, "name")))
                .isEqualTo("model-index:\n- results: []\nlicense: mit\n");
        assertThat(MetadataEditor.set(yaml, List.of("model-index", 0, "name"), "n"))
                .isEqualTo("model-index:\n- name: n\n  results: []\nlicense: mit\n");
    }

    @Test
    void createsMissingContainersOnTheWay() throws Exception {
        String yaml = "license: mit\n";
        assertThat(MetadataEditor.set(yaml, List.of("widget", 0, "text"), "Hi"))
                .isEqualTo("license: mit\nwidget:\n- text: Hi\n");
    }

    @Test
    void editsAnItemOfAFlowListInPlaceAndFallsBackWhenItCannot() throws Exception {
        String yaml = "tags: [a, b, c]\nlicense: mit\n";
        assertThat(MetadataEditor.set(yaml, List.of("tags", 1), "x")).isEqualTo("tags: [a, x, c]\nlicense: mit\n");
        // a comma cannot stand plain inside a flow list: the key is rewritten as a whole
        assertThat(MetadataEditor.set(yaml, List.of("tags", 1), "x, y"))
                .isEqualTo("tags:\n- a\n- x, y\n- c\nlicense: mit\n");
    }

    @Test
    void appendsToAOneLineFlowListOrMappingKeepingItsStyle() throws Exception {
        String yaml = "tags: [a, b]   # flow\nextra: {x: 1}\n";
        assertThat(MetadataEditor.update(yaml, "tags", List.of("a", "b", "c d")))
                .isEqualTo("tags: [a, b, c d]   # flow\nextra: {x: 1}\n");
        assertThat(MetadataEditor.set(yaml, List.of("extra", "y"), "no"))
                .isEqualTo("tags: [a, b]   # flow\nextra: {x: 1, y: 'no'}\n");
    }

    @Test
    void updateChangesOnlyTheDifferingParts() throws Exception {
        String yaml = "tags:\n- a   # first\n- b\n- c\nlicense: mit\n";
        assertThat(MetadataEditor.update(yaml, "tags", List.of("a", "B", "c")))
                .isEqualTo("tags:\n- a   # first\n- B\n- c\nlicense: mit\n");
        assertThat(MetadataEditor.update(yaml, "tags", List.of("a", "b", "c", "d")))
                .isEqualTo("tags:\n- a   # first\n- b\n- c\n- d\nlicense: mit\n");
        assertThat(MetadataEditor.update(yaml, "tags", List.of("a", "c")))
                .isEqualTo("tags:\n- a   # first\n- c\nlicense: mit\n");
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("x", 1);
        assertThat(MetadataEditor.update(yaml, "tags", card)).isEqualTo("tags:\n  x: 1\nlicense: mit\n");
    }

    @Test
    void refusesAValueThatWouldReadBackAsSomethingElse() {
        // PyYAML (YAML 1.1) writes the string 1e3 plain; a YAML 1.2 reader takes it for a float
        assertThatThrownBy(() -> set("license: mit\n", "version", "1e3"))
                .isInstanceOf(MetadataEditException.class)
                .hasMessageContaining("would read back as 1000.0");
    }
}
