package io.patentdesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.analyzer.Fees;
import io.patentdesk.analyzer.Office;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import io.patentdesk.app.store.StoreException;
import io.patentdesk.app.ui.analysis.DocumentLayout;
import io.patentdesk.app.ui.analysis.FeeLines;
import io.patentdesk.app.ui.event.EventBus;
import io.patentdesk.app.ui.event.StatusMessage;
import io.patentdesk.app.ui.event.UserError;
import io.patentdesk.editor.FeeLine;
import java.math.BigDecimal;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class SmallPartsTest {

    @Test
    void eventBusDeliversByTypeAndUnsubscribes() {
        EventBus bus = new EventBus();
        List<Object> got = new ArrayList<>();
        Runnable off = bus.subscribe(StatusMessage.class, got::add);
        bus.subscribe(Record.class, r -> got.add("record"));
        bus.publish(new StatusMessage("a"));
        bus.publish(new UserError("t", "m"));
        off.run();
        bus.publish(new StatusMessage("b"));
        assertThat(got).containsExactly(new StatusMessage("a"), "record", "record", "record");
    }

    @Test
    void userMessagesAreOneLineWithoutClassNames() {
        assertThat(UserMessages.of(new StoreException("The disk is full.", null))).isEqualTo("The disk is full.");
        assertThat(UserMessages.of(new ExecutionException(new NoSuchFileException("/x/a.docx")))).isEqualTo("The file /x/a.docx does not exist.");
        assertThat(UserMessages.of(new IllegalStateException("first line\n\tat Foo.bar"))).isEqualTo("first line");
        assertThat(UserMessages.of(new NullPointerException())).startsWith("Something went wrong");
    }

    @Test
    void descriptionOffsetsMapBackToSections() {
        Matter m = Matter.create("x").withSection(Section.BACKGROUND, "Old lids leak.")
                .withSection(Section.DETAILED_DESCRIPTION, "A lid 10 has a vent 16.");
        DocumentLayout layout = DocumentLayout.of(m);
        String description = layout.document().description();
        int vent = description.indexOf("vent 16");
        assertThat(layout.locate(vent)).isEqualTo(new DocumentLayout.Location("detailed_description", "A lid 10 has a ".length()));
        assertThat(layout.locate(description.indexOf("leak"))).isEqualTo(new DocumentLayout.Location("background", "Old lids ".length()));
        assertThat(layout.locate(0)).isEqualTo(new DocumentLayout.Location("background", 0)); // a heading maps to its section start
    }

    @Test
    void feesFollowTheCounts() {
        Fees fees = new Fees(23, 4, 0, 23, 3, 1, 0, Office.USPTO);
        List<FeeLine> lines = FeeLines.of(Office.USPTO.pack().fees().estimate(fees, null));
        BigDecimal total = lines.stream().map(FeeLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isEqualByComparingTo("3200"); // 2000 basic + 3 x 200 + 1 x 600
        assertThat(FeeLines.of(Office.USPTO.pack().fees().estimate(new Fees(5, 1, 1, 6, 0, 0, 0, Office.USPTO), null)))
                .extracting(FeeLine::label).contains("Multiple dependent claim (37 CFR 1.16(j))");
    }

    @Test
    void textPushMatchesOnlyTheSameString() {
        String text = new String("abc");
        TextPush push = new TextPush(text, 3);
        assertThat(push.isFor(text)).isTrue();
        assertThat(push.isFor(new String("abc"))).isFalse();
        assertThat(TextPush.NONE.isFor("abc")).isFalse();
        assertThat(new TextPush(new String(""), 1).isFor("")).isTrue();
    }

    @Test
    void deterministicDraftsTrackTheSampleClaims() {
        Matter sample = SampleMatter.create();
        String skeletons = Drafts.compute(io.patentdesk.app.ui.assist.AssistAction.CLAIM_SKELETONS, sample);
        assertThat(Drafts.lastClaimNumber(sample.claims())).isEqualTo(7);
        if (!skeletons.isEmpty()) {
            assertThat(skeletons).startsWith("8. ");
        }
        String summary = Drafts.compute(io.patentdesk.app.ui.assist.AssistAction.SUMMARY_FROM_CLAIMS, sample);
        assertThat(summary).contains("drinking lid").contains("\n\n");
        String parts = Drafts.compute(io.patentdesk.app.ui.assist.AssistAction.PARTS_LIST, sample);
        assertThat(parts).contains("10").contains("drinking lid");
    }
}
