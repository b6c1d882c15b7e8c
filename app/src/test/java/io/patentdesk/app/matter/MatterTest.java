package io.patentdesk.app.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MatterTest {
    @Test
    void editsReturnNewValuesAndLeaveTheOriginalAlone() {
        Matter m = Matter.create("Lamp");
        Matter edited = m.withClaims("1. A lamp.").withSection(Section.SUMMARY, "A lamp.");
        assertThat(m.claims()).isEmpty();
        assertThat(m.section(Section.SUMMARY)).isEmpty();
        assertThat(edited.claims()).isEqualTo("1. A lamp.");
        assertThat(edited.id()).isEqualTo(m.id());
        assertThat(edited.modified()).isAfterOrEqualTo(m.modified());
        assertThat(edited.withSection(Section.SUMMARY, "").specification().isEmpty()).isTrue();
    }

    @Test
    void suppressionsAreASetInInsertionOrder() {
        SuppressedFinding a = new SuppressedFinding("antecedent-basis", "said pin");
        SuppressedFinding b = new SuppressedFinding("indefinite-term", "about");
        Matter m = Matter.create("x").withSuppression(a).withSuppression(b).withSuppression(a);
        assertThat(m.suppressions()).containsExactly(a, b);
        assertThat(m.withoutSuppression(a).suppressions()).containsExactly(b);
        assertThat(a.matches("antecedent-basis", "said pin")).isTrue();
        assertThat(a.matches("antecedent-basis", "said lever")).isFalse();
    }

    @Test
    void theSuppressionListCannotBeChangedFromOutside() {
        Matter m = Matter.create("x").withSuppression(new SuppressedFinding("r", "a"));
        assertThatThrownBy(() -> m.suppressions().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.specification().asMap().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void matterIdsMustBeUuids() {
        assertThatThrownBy(() -> new MatterId("not-a-uuid")).isInstanceOf(IllegalArgumentException.class);
    }
}
