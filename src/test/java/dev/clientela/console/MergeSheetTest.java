package dev.clientela.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.client.SurvivorFields;
import org.junit.jupiter.api.Test;

class MergeSheetTest {

    @Test
    void theSheetOffersAChoiceForEveryFieldAMergeCanKeep() {
        assertThat(MergeSheet.FIELDS).containsExactlyInAnyOrderElementsOf(SurvivorFields.NAMES);
    }
}
