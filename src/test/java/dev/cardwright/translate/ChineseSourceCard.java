package dev.cardwright.translate;

/** A card written in Chinese with an English translation beside it, as ChatGLM's is; for import tests. */
public final class ChineseSourceCard {
    private ChineseSourceCard() {
    }

    /** The card's README: Chinese, with {@code language: [zh, en]}. */
    public static final String README = """
            ---
            language:
            - zh
            - en
            license: apache-2.0
            ---
            # Demo

            ## 模型详情

            由演示团队开发。

            ## 部署

            在一张显卡上运行。

            ## 硬件

            一张显卡。

            ## 偏差

            会出错。

            ## 引用

            ```bibtex
            @misc{demo, title={Demo}}
            ```
            """;

    /** Its English README: one section more (Training), which no Chinese section matches. */
    public static final String ENGLISH = """
            # Demo

            ## Model Details

            Developed by the demo team.

            ## Training

            On field notes.

            ## Deployment

            Runs on one GPU.

            ## Hardware

            One GPU.

            ## Bias

            It makes mistakes.

            ## Citation

            ```bibtex
            @misc{demo, title={Demo}}
            ```
            """;
}
