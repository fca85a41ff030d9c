package dev.cardwright.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.testing.Shared;

/**
 * Alignment on every English/Chinese pair of the shared corpus ({@code ../shared/corpus/PAIRS.tsv};
 * {@code CARDWRIGHT_SHARED=DIR} points elsewhere). The counts are pinned so that a change of the
 * aligner shows up as a reviewed change of these numbers; each was checked by reading the pairs.
 */
class PairsAlignmentTest {

    static Path corpus() {
        return Shared.assumeFile("corpus/PAIRS.tsv").getParent();
    }

    /** pair id, English sections, Chinese sections, paired, unpaired English, unpaired Chinese. */
    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of("chatglm-6b", 23, 24, 23, 0, 1),
                Arguments.of("chatglm2-6b", 23, 26, 23, 0, 3),
                Arguments.of("chatglm3", 25, 26, 24, 1, 2),
                // the Chinese file is a later revision (GLM-4-0414) of a different text: little to pair
                Arguments.of("glm-4", 18, 19, 5, 13, 14),
                Arguments.of("baichuan-7b", 26, 27, 26, 0, 1),
                Arguments.of("yi", 83, 80, 77, 6, 3), // Tech report and Citation pair out of order
                Arguments.of("internlm", 30, 25, 25, 5, 0),
                Arguments.of("flagembedding", 10, 9, 9, 1, 0));
    }

    @Test
    void everyPairOfTheManifestIsPinned() throws Exception {
        List<String> ids = Files.readAllLines(corpus().resolve("PAIRS.tsv")).stream().skip(1)
                .filter(l -> !l.isBlank()).map(l -> l.split("\t")[0]).toList();
        assertThat(pairs().map(a -> (String) a.get()[0])).containsExactlyInAnyOrderElementsOf(ids);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void alignsThePair(String id, int enSections, int zhSections, int paired, int unpairedEn, int unpairedZh) throws Exception {
        Path corpus = corpus();
        String[] row = Files.readAllLines(corpus.resolve("PAIRS.tsv")).stream()
                .filter(l -> l.startsWith(id + "\t")).findFirst().orElseThrow().split("\t");
        Card en = dev.cardwright.markdown.ReadmeReader.read(corpus.resolve(row[1]));
        Card zh = dev.cardwright.markdown.ReadmeReader.read(corpus.resolve(row[2]));
        assertThat(en.allSections().count()).isEqualTo(enSections);
        assertThat(zh.allSections().count()).isEqualTo(zhSections);

        // as the import command aligns: with the model schema's heading aliases
        long start = System.nanoTime();
        TranslationImporter.Result r = new TranslationImporter(SectionAligner.forSchema(dev.cardwright.template.TemplateSchema.model()))
                .importInto(en, "en", zh, "zh");
        // a figure to watch, not a limit: alignment is quadratic in the number of sections
        System.out.printf("alignment %s: %d x %d sections in %.1f ms%n", id, enSections, zhSections,
                (System.nanoTime() - start) / 1e6);

        assertThat(r.paired()).isEqualTo(paired);
        assertThat(r.alignment().unpairedSource()).hasSize(unpairedEn);
        assertThat(r.alignment().unpairedTarget()).hasSize(unpairedZh);
        // nothing of the Chinese file is lost: every heading and text line is in the translation (a section
        // paired out of order comes in the source's order)
        StringBuilder all = new StringBuilder();
        TranslatedSection pre = r.translation().getSections().get(dev.cardwright.card.Translation.PREAMBLE_ID);
        if (pre != null) {
            all.append(pre.getText());
        }
        en.allSections().map(s -> r.translation().getSections().get(s.getId())).filter(ts -> ts != null)
                .forEach(ts -> all.append(ts.getHeading()).append(ts.getText()));
        StringBuilder original = new StringBuilder(zh.getPreamble());
        zh.allSections().forEach(s -> original.append(s.getHeading()).append(s.getText()));
        assertThat(all.toString().lines().sorted().toList()).isEqualTo(original.toString().lines().sorted().toList());
        assertThat(r.translation().getSections().values()).extracting(TranslatedSection::getStatus)
                .containsOnly(TranslationStatus.NEEDS_REVIEW);
        assertThat(r.report()).hasSize(1 + unpairedEn + unpairedZh);
    }

    @Test
    void chatglmPairsReadAsAPersonWouldPairThem() throws Exception {
        Path corpus = corpus();
        Card en = dev.cardwright.markdown.ReadmeReader.read(corpus.resolve("cards/THUDM_ChatGLM-6B__README_en.md"));
        Card zh = dev.cardwright.markdown.ReadmeReader.read(corpus.resolve("cards/THUDM_ChatGLM-6B__README.md"));
        SectionAligner.Alignment al = new SectionAligner().align(en, "en", zh, "zh");
        assertThat(al.pairs()).extracting(p -> p.source().getTitle() + " = " + p.target().getTitle().strip()).contains(
                "Introduction = 介绍", "Update = 更新信息", "Projects = 友情链接", "Environment Setup = 环境安装",
                "Load the model locally = 从本地加载模型", "CPU Deployment = CPU 部署", "Inference on Mac = Mac 部署",
                "Multi-GPU Deployment = 多卡部署", "Parameter-efficient Tuning = 高效参数微调", "License = 协议",
                "Citation = 引用");
        // the Chinese card has a Limitations section the English one lacks
        assertThat(al.unpairedTarget()).extracting(Section::getTitle).containsExactly("局限性");
    }

    /** pair id, paired sections when the Chinese file's last top-level section (with its subsections) comes first. */
    static Stream<Arguments> reorderedPairs() {
        return Stream.of(
                Arguments.of("chatglm-6b", 23), Arguments.of("chatglm2-6b", 23), Arguments.of("chatglm3", 24),
                Arguments.of("glm-4", 5), Arguments.of("baichuan-7b", 26),
                // one section each that paired only by its place: moved, it has nothing else to pair by
                Arguments.of("yi", 76), Arguments.of("internlm", 25), Arguments.of("flagembedding", 8));
    }

    @ParameterizedTest(name = "{0}, last section first")
    @MethodSource("reorderedPairs")
    void alignsAReorderedVariant(String id, int paired) throws Exception {
        Path corpus = corpus();
        String[] row = Files.readAllLines(corpus.resolve("PAIRS.tsv")).stream()
                .filter(l -> l.startsWith(id + "\t")).findFirst().orElseThrow().split("\t");
        Card en = dev.cardwright.markdown.ReadmeReader.read(corpus.resolve(row[1]));
        Card zh = dev.cardwright.markdown.ReadmeReader.read(corpus.resolve(row[2]));
        List<Section> roots = zh.getSections();
        StringBuilder variant = new StringBuilder(zh.getPreamble());
        if (!variant.isEmpty() && !variant.toString().endsWith("\n")) {
            variant.append('\n');
        }
        appendTree(variant, roots.get(roots.size() - 1));
        roots.subList(0, roots.size() - 1).forEach(r -> appendTree(variant, r));
        Card reordered = dev.cardwright.markdown.ReadmeReader.read(variant.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), "README_zh.md");
        SectionAligner aligner = SectionAligner.forSchema(dev.cardwright.template.TemplateSchema.model());
        int inOrder = aligner.align(en, "en", zh, "zh").pairs().size();
        SectionAligner.Alignment al = aligner.align(en, "en", reordered, "zh");
        System.out.printf("reordered %s: %d paired (in order %d), unpaired %d + %d%n", id, al.pairs().size(), inOrder,
                al.unpairedSource().size(), al.unpairedTarget().size());
        assertThat(al.pairs().size()).isEqualTo(paired);
        assertThat(al.pairs().size() + al.unpairedSource().size()).isEqualTo(en.allSections().count());
        assertThat(al.pairs().size() + al.unpairedTarget().size()).isEqualTo(reordered.allSections().count());
    }

    private static void appendTree(StringBuilder out, Section s) {
        if (out.length() > 0 && !out.toString().endsWith("\n\n")) {
            out.append(out.toString().endsWith("\n") ? "\n" : "\n\n");
        }
        out.append(s.getHeading()).append(s.getText());
        s.getChildren().forEach(c -> appendTree(out, c));
    }
}
