package io.patentdesk.app.ui.assist;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.models.ModelService;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import io.patentdesk.app.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A draft in the preview belongs to the matter it was made for and to the text it was made from: Accept never writes
 * it into another matter, asks when its text has changed since, and a switch of matters puts it aside until its
 * matter is open again. The Draft menu's drafts need no model, so these run without one.
 */
class DraftsBelongToTheirMatterTest {
    static final String CLAIMS = "1. A lid comprising a cover plate and a vent.\n\n2. The lid of claim 1, wherein the vent is round.";
    static final String SKELETON = "3. A method of making a lid, comprising providing a cover plate and a vent.";

    final Matter lid = Matter.create("Lid").withClaims(CLAIMS);
    final Matter cup = Matter.create("Cup").withClaims("1. A cup comprising a handle.");
    AssistantViewModel vm;

    @BeforeEach
    void noModel() {
        ModelViewModel none = new ModelViewModel(new ModelService(null), new CurrentThreadTaskExecutor());
        vm = new AssistantViewModel(none, new CurrentThreadTaskExecutor());
        vm.matterOpened(lid.id());
    }

    private void offerSkeleton() {
        vm.offer(DraftOrigin.of(lid, DraftInput.of(AssistAction.CLAIM_SKELETONS)), AssistAction.CLAIM_SKELETONS, SKELETON);
        assertThat(vm.hasResultProperty().get()).isTrue();
    }

    @Test
    void aDraftIsInsertedIntoTheMatterAndTextItWasMadeFrom() {
        offerSkeleton();
        assertThat(vm.checkAccept(lid)).isEqualTo(AcceptCheck.INSERT);
        assertThat(vm.acceptInto(lid)).contains(SKELETON);
        assertThat(vm.previewProperty().get()).isEmpty();
    }

    @Test
    void anotherMattersDraftIsRefusedEvenWhenItIsStillInThePreview() {
        offerSkeleton();
        // As if the switch of matters had not reached the assistant: Accept itself still refuses.
        AcceptCheck check = vm.checkAccept(cup);
        assertThat(check.verdict()).isEqualTo(AcceptCheck.Verdict.REFUSE);
        assertThat(check.message()).isEqualTo("This draft was made for \u201cLid\u201d, not for \u201cCup\u201d; it was not inserted.");
        assertThat(vm.acceptInto(cup)).isEmpty();
        assertThat(vm.checkAccept(null).message()).contains("no longer open");
        assertThat(vm.acceptInto(null)).isEmpty();
        // Nothing was taken: the draft still goes where it belongs.
        assertThat(vm.acceptInto(lid)).contains(SKELETON);
    }

    @Test
    void whenTheClaimsChangedSinceTheDraftAcceptAsks() {
        offerSkeleton();
        Matter edited = lid.withClaims(CLAIMS + "\n\n3. The lid of claim 1, wherein the plate is clear.");
        AcceptCheck check = vm.checkAccept(edited);
        assertThat(check.verdict()).isEqualTo(AcceptCheck.Verdict.ASK);
        assertThat(check.message()).isEqualTo("The claims changed since this draft was made. Insert it anyway?");
        // The user said yes: the same matter, so it goes in.
        assertThat(vm.acceptInto(edited)).contains(SKELETON);
    }

    @Test
    void aPartsListIsAnchoredToTheDescription() {
        Matter described = lid.withSection(Section.DETAILED_DESCRIPTION, "The lid 10 has a vent 12.");
        vm.offer(DraftOrigin.of(described, DraftInput.of(AssistAction.PARTS_LIST)), AssistAction.PARTS_LIST, "10 lid\n12 vent");
        assertThat(vm.checkAccept(described.withClaims("1. Something else."))).isEqualTo(AcceptCheck.INSERT);
        AcceptCheck check = vm.checkAccept(described.withSection(Section.DETAILED_DESCRIPTION, "The lid 10 has a vent 14."));
        assertThat(check.verdict()).isEqualTo(AcceptCheck.Verdict.ASK);
        assertThat(check.message()).startsWith("The description changed since this draft was made.");
    }

    @Test
    void aRewriteIsRefusedOnceItsSelectionHasChanged() {
        int start = CLAIMS.indexOf("a cover plate");
        DraftInput selection = new DraftInput.Selection("claims", start, start + "a cover plate".length());
        DraftOrigin origin = DraftOrigin.of(lid, selection);
        assertThat(origin.anchor()).isEqualTo("a cover plate");
        assertThat(origin.check(lid.withClaims(CLAIMS + "\n\n3. More."))).isEqualTo(AcceptCheck.INSERT);
        AcceptCheck changed = origin.check(lid.withClaims(CLAIMS.replace("a cover plate", "a lid plate")));
        assertThat(changed.verdict()).isEqualTo(AcceptCheck.Verdict.REFUSE);
        assertThat(changed.title()).isEqualTo("Selection changed");
        assertThat(origin.check(lid.withClaims("1. Short.")).verdict()).isEqualTo(AcceptCheck.Verdict.REFUSE);
        DraftOrigin inSummary = DraftOrigin.of(lid.withSection(Section.SUMMARY, "In one aspect, a lid."),
                new DraftInput.Selection(Section.SUMMARY.key(), 3, 6));
        assertThat(inSummary.anchor()).isEqualTo("one");
    }

    @Test
    void openingAnotherMatterPutsTheDraftAsideAndOpeningItsOwnBringsItBack() {
        offerSkeleton();
        vm.matterOpened(cup.id());
        assertThat(vm.previewProperty().get()).isEmpty();
        assertThat(vm.hasResultProperty().get()).isFalse();
        assertThat(vm.requestProperty().get()).isNull();
        assertThat(vm.noteProperty().get()).isEqualTo("The draft for \u201cLid\u201d is put aside; it comes back when you open that matter again.");
        assertThat(vm.acceptInto(cup)).isEmpty();
        assertThat(vm.checkAccept(cup).verdict()).isEqualTo(AcceptCheck.Verdict.REFUSE);

        vm.matterOpened(lid.id());
        assertThat(vm.previewProperty().get()).isEqualTo(SKELETON);
        assertThat(vm.hasResultProperty().get()).isTrue();
        assertThat(vm.requestProperty().get().action()).isEqualTo(AssistAction.CLAIM_SKELETONS);
        assertThat(vm.noteProperty().get()).contains("the draft you left here");
        assertThat(vm.acceptInto(lid)).contains(SKELETON);
        // Taken once: switching away and back brings nothing more.
        vm.matterOpened(cup.id());
        vm.matterOpened(lid.id());
        assertThat(vm.previewProperty().get()).isEmpty();
    }

    @Test
    void aDraftComputedAfterTheUserMovedOnWaitsForItsMatter() {
        DraftOrigin origin = DraftOrigin.of(lid, DraftInput.of(AssistAction.CLAIM_SKELETONS));
        vm.matterOpened(cup.id());
        vm.offer(origin, AssistAction.CLAIM_SKELETONS, SKELETON);
        assertThat(vm.previewProperty().get()).isEmpty();
        assertThat(vm.hasResultProperty().get()).isFalse();
        assertThat(vm.acceptInto(cup)).isEmpty();
        vm.matterOpened(lid.id());
        assertThat(vm.acceptInto(lid)).contains(SKELETON);
    }

    @Test
    void theDraftOfADeletedMatterIsDiscarded() {
        offerSkeleton();
        vm.matterOpened(null); // only deleting the open matter leaves none open
        assertThat(vm.previewProperty().get()).isEmpty();
        assertThat(vm.noteProperty().get()).isEqualTo("The draft for \u201cLid\u201d was discarded when you switched matters.");
        vm.matterOpened(lid.id());
        assertThat(vm.previewProperty().get()).isEmpty();
    }

    @Test
    void reopeningTheSameMatterKeepsTheDraft() {
        offerSkeleton();
        vm.matterOpened(lid.id()); // every edit makes a new value of the same matter
        assertThat(vm.previewProperty().get()).isEqualTo(SKELETON);
        assertThat(vm.hasResultProperty().get()).isTrue();
    }
}
