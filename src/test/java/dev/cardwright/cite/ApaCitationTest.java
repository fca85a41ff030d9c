package dev.cardwright.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** APA references for a dozen kinds of BibTeX entries, written out by hand from the APA 7 rules. */
class ApaCitationTest {
    static java.util.stream.Stream<Arguments> entries() {
        return java.util.stream.Stream.of(
                Arguments.of("article", """
                        @article{vaswani2017, author = {Ashish Vaswani and Noam Shazeer}, title = {Attention Is All You Need},
                          journal = {Journal of Examples}, volume = {30}, number = {2}, pages = {5998--6008}, year = {2017},
                          doi = {https://doi.org/10.1000/xyz123}}
                        """, "Vaswani, A., & Shazeer, N. (2017). Attention Is All You Need. *Journal of Examples*, *30*(2), 5998–6008. https://doi.org/10.1000/xyz123"),
                Arguments.of("inproceedings", """
                        @inproceedings{devlin2019bert,
                          title={{BERT}: Pre-training of Deep Bidirectional Transformers for Language Understanding},
                          author={Devlin, Jacob and Chang, Ming-Wei and Lee, Kenton and Toutanova, Kristina},
                          booktitle={Proceedings of NAACL-HLT}, pages={4171--4186}, year={2019},
                          publisher={Association for Computational Linguistics}, url={https://aclanthology.org/N19-1423}}
                        """, "Devlin, J., Chang, M.-W., Lee, K., & Toutanova, K. (2019). BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding. In *Proceedings of NAACL-HLT* (pp. 4171–4186). Association for Computational Linguistics. https://aclanthology.org/N19-1423"),
                Arguments.of("misc, arXiv by eprint", """
                        @misc{lacoste2019quantifying, title={Quantifying the Carbon Emissions of Machine Learning},
                          author={Alexandre Lacoste and Alexandra Luccioni and Victor Schmidt and Thomas Dandres},
                          year={2019}, eprint={1910.09700v2}, archivePrefix={arXiv}, primaryClass={cs.CY}}
                        """, "Lacoste, A., Luccioni, A., Schmidt, V., & Dandres, T. (2019). *Quantifying the Carbon Emissions of Machine Learning* (arXiv:1910.09700). arXiv. https://doi.org/10.48550/arXiv.1910.09700"),
                Arguments.of("article, arXiv preprint journal (pinyin names)", """
                        @article{du2021glm, title={GLM: General Language Model Pretraining with Autoregressive Blank Infilling},
                          author={Du, Zhengxiao and Qian, Yujie and Liu, Xiao and Ding, Ming and Qiu, Jiezhong and Yang, Zhilin and Tang, Jie},
                          journal={arXiv preprint arXiv:2103.10360}, year={2021}}
                        """, "Du, Z., Qian, Y., Liu, X., Ding, M., Qiu, J., Yang, Z., & Tang, J. (2021). *GLM: General Language Model Pretraining with Autoregressive Blank Infilling* (arXiv:2103.10360). arXiv. https://doi.org/10.48550/arXiv.2103.10360"),
                Arguments.of("book", """
                        @book{goodfellow2016, author = {Goodfellow, Ian and Bengio, Yoshua and Courville, Aaron}, title = {Deep Learning},
                          publisher = {MIT Press}, year = {2016}, edition = {2nd}, url = {http://www.deeplearningbook.org}}
                        """, "Goodfellow, I., Bengio, Y., & Courville, A. (2016). *Deep Learning* (2nd ed.). MIT Press. http://www.deeplearningbook.org"),
                Arguments.of("software", """
                        @software{wolf2020transformers, author = {Thomas Wolf and Lysandre Debut}, title = {Transformers},
                          version = {4.40.0}, year = {2020}, publisher = {Hugging Face}, url = {https://github.com/huggingface/transformers}}
                        """, "Wolf, T., & Debut, L. (2020). *Transformers* (Version 4.40.0) [Computer software]. Hugging Face. https://github.com/huggingface/transformers"),
                Arguments.of("misc, software on GitHub by an organisation", """
                        @misc{vllm, author = {{vLLM Team}}, title = {vLLM}, year = {2023}, howpublished = {\\url{https://github.com/vllm-project/vllm}}}
                        """, "vLLM Team. (2023). *vLLM* [Computer software]. https://github.com/vllm-project/vllm"),
                Arguments.of("Chinese author names", """
                        @article{zhang2023, author = {张三 and 李, 四 and 欧阳·娜娜}, title = {中文预训练模型研究}, journal = {计算机学报},
                          volume = {46}, number = {1}, pages = {1--20}, year = {2023}}
                        """, "张三, 李四, & 欧阳·娜娜. (2023). 中文预训练模型研究. *计算机学报*, *46*(1), 1–20."),
                Arguments.of("pinyin given names with hyphens, both name orders", """
                        @inproceedings{wang2022, author = {Xiao-Ming Wang and Li, Jia-Hui}, title = {Tuning Small Models},
                          booktitle = {Findings of ACL}, editor = {Smith, Jane and Lee, Kim}, year = {2022}, doi = {10.18653/v1/2022.findings-acl.1}}
                        """, "Wang, X.-M., & Li, J.-H. (2022). Tuning Small Models. In J. Smith & K. Lee (Eds.), *Findings of ACL*. https://doi.org/10.18653/v1/2022.findings-acl.1"),
                Arguments.of("techreport by an organisation", """
                        @techreport{openai2023gpt4, title={GPT-4 Technical Report}, author={{OpenAI}}, institution={OpenAI}, number={TR-1}, year={2023}}
                        """, "OpenAI. (2023). *GPT-4 Technical Report* (Report No. TR-1). OpenAI."),
                Arguments.of("phdthesis", """
                        @phdthesis{li2020, author={Li, Hua}, title={Neural Machine Translation}, school={Tsinghua University}, year={2020}}
                        """, "Li, H. (2020). *Neural Machine Translation* [Doctoral dissertation, Tsinghua University]."),
                Arguments.of("accents, particles, no year, string macro", """
                        @string{pub = "Springer"}
                        @book{beethoven, author = {Ludwig van Beethoven and M{\\"u}ller, J{\\"o}rg and Garc\\'{i}a, Jos\\'e}, title = {Sinfonien},
                          publisher = pub # { Verlag}}
                        """, "van Beethoven, L., Müller, J., & García, J. (n.d.). *Sinfonien*. Springer Verlag."),
                Arguments.of("dataset", """
                        @dataset{c4, author = {Raffel, Colin}, title = {C4}, year = {2019}, publisher = {Hugging Face}, url = {https://huggingface.co/datasets/allenai/c4}}
                        """, "Raffel, C. (2019). *C4* [Data set]. Hugging Face. https://huggingface.co/datasets/allenai/c4"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void formats(String kind, String bibtex, String apa) throws Exception {
        assertThat(ApaCitation.format(BibtexEntry.parse(bibtex))).isEqualTo(apa);
    }

    @Test
    void twentyOneAuthorsShowTheFirstNineteenAndTheLast() throws Exception {
        String authors = IntStream.rangeClosed(1, 21).mapToObj(i -> "Author" + i + ", A.").collect(Collectors.joining(" and "));
        String apa = ApaCitation.format(BibtexEntry.parse("@misc{k, author = {" + authors + "}, title = {T}, year = {2024}}"));
        assertThat(apa).startsWith("Author1, A., Author2, A.,").contains("Author19, A., . . . Author21, A. (2024).")
                .doesNotContain("Author20");
    }

    @Test
    void arxivIdsAreFoundWhereverTheEntryPutsThem() throws Exception {
        assertThat(ApaCitation.arxivId(BibtexEntry.parse("@misc{a, url={https://arxiv.org/abs/2307.09288v2}}"))).contains("2307.09288");
        assertThat(ApaCitation.arxivId(BibtexEntry.parse("@misc{a, doi={10.48550/arXiv.2310.06825}}"))).contains("2310.06825");
        assertThat(ApaCitation.arxivId(BibtexEntry.parse("@article{a, journal={CoRR}, volume={abs/1810.04805}}"))).isEmpty();
        assertThat(ApaCitation.arxivId(BibtexEntry.parse("@book{a, title={No preprint}}"))).isEmpty();
    }

    @Test
    void brokenBibtexIsRefusedWithItsPlaceAsCw308SaysIt() {
        assertThatThrownBy(() -> BibtexEntry.parse("@article{x,\n  title = {Open\n"))
                .isInstanceOf(BibtexEntry.Invalid.class)
                .hasMessage("2:11: unbalanced {: no matching }");
        assertThatThrownBy(() -> BibtexEntry.parse("just text"))
                .hasMessageContaining("no entry");
    }
}
