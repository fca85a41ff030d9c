package dev.cardwright.ui.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.cardwright.card.Section;

class SectionViewModelTest {
    /** A guide with one field written as {@code - **Developed by:** value}: enough to test the lens plumbing. */
    private static final SectionGuide GUIDE = new SectionGuide() {
        private final Pattern line = Pattern.compile("(?m)^- \\*\\*Developed by:\\*\\*[ ]?(.*)$");

        @Override
        public String guidance(Section section, Locale locale) {
            return "Who made it.";
        }

        @Override
        public List<Field> fields(Section section) {
            return List.of(new Field("developers", "Developed by"));
        }

        @Override
        public String get(Section section, String text, Field field) {
            Matcher m = line.matcher(text);
            return m.find() ? m.group(1) : "";
        }

        @Override
        public String set(Section section, String text, Field field, String value) {
            return line.matcher(text).replaceFirst(Matcher.quoteReplacement("- **Developed by:** " + value));
        }
    };

    @Test
    void fieldEditsRewriteTheLineAndTextEditsUpdateTheField() {
        Section s = new Section("details", 3, "### Details\n", "Details", "\n- **Developed by:** Ann\n- **Model type:** x\n");
        SectionViewModel vm = new SectionViewModel(s, GUIDE, Locale.ENGLISH);
        SectionViewModel.FieldViewModel f = vm.fields().get(0);
        assertThat(vm.guidance()).isEqualTo("Who made it.");
        assertThat(f.valueProperty().get()).isEqualTo("Ann");
        f.valueProperty().set("Ann and Bo");
        assertThat(s.getText()).isEqualTo("\n- **Developed by:** Ann and Bo\n- **Model type:** x\n");
        s.setText("\n- **Developed by:** Cy\n");
        assertThat(f.valueProperty().get()).isEqualTo("Cy");
    }

    @Test
    void codeAreaTextKeepsTheSectionTerminatedWithABlankLineBeforeTheNextHeading() {
        Section s = new Section("x", 2, "## X\n", "X", "body\n");
        SectionViewModel vm = new SectionViewModel(s, SectionGuide.none(), Locale.ENGLISH);
        vm.editText("body text");
        assertThat(s.getText()).isEqualTo("body text\n\n");
        assertThat(vm.differs("body text")).isFalse();
        assertThat(vm.differs("other")).isTrue();
        vm.editText("");
        assertThat(s.getText()).isEqualTo("\n");
        vm.setFollowed(() -> false); // the card's last section: the file's final newline
        vm.editText("end");
        assertThat(s.getText()).isEqualTo("\nend\n");
    }

    @Test
    void sectionStateIgnoresPlaceholdersAndComments() {
        assertThat(SectionState.of(new Section("a", 2, "", "", "\n<!-- say what -->\n[More Information Needed]\n"), false))
                .isEqualTo(SectionState.EMPTY);
        assertThat(SectionState.of(new Section("a", 2, "", "", "\n- **Developed by:** [More Information Needed]\n"), false))
                .isEqualTo(SectionState.EMPTY);
        assertThat(SectionState.of(new Section("a", 2, "", "", "Real text.\n"), false)).isEqualTo(SectionState.FILLED);
        assertThat(SectionState.of(new Section("a", 2, "", "", "Real text.\n"), true)).isEqualTo(SectionState.PROBLEMS);
    }
}
