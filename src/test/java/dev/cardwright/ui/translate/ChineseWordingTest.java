package dev.cardwright.ui.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.cardwright.ui.common.Messages;

/** Issue 11, defect 9: the Chinese words a translator reported, as Crowdin and Weblate say them. */
class ChineseWordingTest {
    @AfterEach
    void english() {
        Messages.setLocale(Locale.ROOT);
    }

    @Test
    void theReportedStringsSayWhatTheyDo() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(Messages.get("translate.next")).isEqualTo("下一个待处理"); // it goes to the next to-do, not the next section
        assertThat(Messages.get("metadata.library")).isEqualTo("库");
        assertThat(Messages.get("status.problems.accessible")).contains("点击").doesNotContain("按下");
        assertThat(Messages.get("translate.status.approved")).isEqualTo("已批准");
        assertThat(Messages.get("translate.header", "英语 (en)")).startsWith("原文语言：英语 (en)");
    }
}
