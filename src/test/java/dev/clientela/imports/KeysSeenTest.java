package dev.clientela.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeysSeenTest {

    @Test
    void aKeyStaysWithTheFirstLineThatHeldItUntilThatLineLetsItGo() {
        KeysSeen seen = new KeysSeen();
        seen.hold("doc:PE/DNI/05414828", 2);
        seen.hold("doc:PE/DNI/05414828", 9);
        assertThat(seen.holder("doc:PE/DNI/05414828")).isEqualTo(2);
        assertThat(seen.holder("doc:PE/DNI/05414829")).isZero();
        seen.release("doc:PE/DNI/05414828", 9);
        assertThat(seen.holder("doc:PE/DNI/05414828"))
                .as("only its holder lets a key go")
                .isEqualTo(2);
        seen.release("doc:PE/DNI/05414828", 2);
        assertThat(seen.holder("doc:PE/DNI/05414828")).isZero();
        seen.hold("doc:PE/DNI/05414828", 11);
        assertThat(seen.holder("doc:PE/DNI/05414828")).isEqualTo(11);
    }

    @Test
    void holdsTheKeysOfAMillionRowsExactlyInAtMost64MiB() {
        KeysSeen seen = new KeysSeen();
        int rows = 1_000_000;
        for (int line = 2; line < rows + 2; line++) {
            seen.hold("doc:PE/DNI/" + (10_000_000 + line), line);
            seen.hold("ext:C-" + line, line);
        }
        for (int line = 2; line < rows + 2; line++) {
            assertThat(seen.holder("doc:PE/DNI/" + (10_000_000 + line))).isEqualTo(line);
            assertThat(seen.holder("ext:C-" + line)).isEqualTo(line);
        }
        assertThat(seen.holder("ext:C-" + (rows + 2))).isZero();
        assertThat(seen.holder("num:2")).isZero();
        // 16 bytes a slot; as strings in a hash map the same keys took about 240 MB
        assertThat(seen.capacity() * 16L).isLessThanOrEqualTo(64L * 1024 * 1024);
    }
}
