package be.actraject.domain.sector;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TypedTest {

    @Test
    void aTextAreasLinesStayTheirSpacesFold() {
        assertThat(Typed.cleanLines(" Regel 1\u00A0\r\n\u200BRegel\t 2 \rRegel 3\n\nSlot ")).isEqualTo(
                "Regel 1\nRegel 2\nRegel 3\n\nSlot");
        assertThat(Typed.cleanLines("\u00A0\r\n \u200B")).isNull();
        assertThat(Typed.clean("Regel 1\r\nRegel 2")).as("a one-line field").isEqualTo("Regel 1 Regel 2");
    }
}
