package io.patentdesk.app.ui.assist;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.models.ModelService;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.ui.task.CurrentThreadTaskExecutor;
import io.patentdesk.inference.GenerationResult;
import io.patentdesk.inference.GenerationTimings;
import io.patentdesk.inference.StopReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drafted claims are checked with the matter's claims before Accept: the preview lists what the draft would add (not
 * what is already there), and a draft that adds errors is inserted only when the user says so.
 */
class CheckedDraftsTest {
    // Claim 2 already has a finding of its own ("the spring" has no antecedent): a draft must not be blamed for it.
    static final String CLAIMS = "1. A lid comprising a cover plate and a vent.\n\n"
            + "2. The lid of claim 1, wherein the spring is round.";
    final Matter matter = Matter.create("Lid").withClaims(CLAIMS);
    AssistantViewModel vm;

    @BeforeEach
    void open() {
        ModelViewModel noModel = new ModelViewModel(new ModelService(null), new CurrentThreadTaskExecutor());
        vm = new AssistantViewModel(noModel, new CurrentThreadTaskExecutor());
        vm.matterOpened(matter.id());
    }

    void offer(String draft) {
        vm.offer(DraftOrigin.of(matter, DraftInput.of(AssistAction.CLAIM_SKELETONS)), AssistAction.CLAIM_SKELETONS, draft);
    }

    @Test
    void aDraftThatAddsAnErrorListsItAndAcceptAsksFirst() {
        offer("3. The lid of claim 1, wherein the lever is bent.");

        assertThat(vm.draftFindingsProperty().get()).contains("would add").contains("claim 3").contains("lever")
                .doesNotContain("claim 2");
        assertThat(vm.hasResultProperty().get()).isTrue();
        AcceptCheck check = vm.checkAccept(matter);
        assertThat(check.verdict()).isEqualTo(AcceptCheck.Verdict.ASK);
        assertThat(check.message()).contains("1 error").contains("claim 3").endsWith("Insert it anyway?");
    }

    @Test
    void aCleanDraftSaysSoAndGoesInWithoutAQuestion() {
        offer("3. The lid of claim 1, wherein the cover plate is flat.");

        assertThat(vm.draftFindingsProperty().get()).isEqualTo("Checked with your claims: this draft adds no findings.");
        assertThat(vm.checkAccept(matter).verdict()).isEqualTo(AcceptCheck.Verdict.INSERT);
        assertThat(vm.acceptInto(matter)).contains("3. The lid of claim 1, wherein the cover plate is flat.");
        assertThat(vm.draftFindingsProperty().get()).isEmpty();
    }

    @Test
    void changedClaimsAndAddedErrorsAreOneQuestion() {
        offer("3. The lid of claim 1, wherein the lever is bent.");
        AcceptCheck check = vm.checkAccept(matter.withClaims(CLAIMS + "\n\n3. The lid of claim 1, wherein the vent is open."));
        assertThat(check.verdict()).isEqualTo(AcceptCheck.Verdict.ASK);
        assertThat(check.message()).startsWith("The claims changed since this draft was made.").contains("1 error")
                .endsWith("Insert it anyway?");
    }

    @Test
    void suggestedDependentsAreShownNumberedAfterTheLastClaimAndDependingOnTheCaretClaim() {
        DraftReview r = new DraftChecker().review(matter, new DraftInput.DependentsOf(2), AssistAction.Target.CLAIMS_END,
                "2. The lid of claim 1, wherein the vent is oval.\n3. The lid of claim 2, wherein the vent is small.");
        assertThat(r.text()).isEqualTo("3. The lid of claim 2, wherein the vent is oval.\n"
                + "4. The lid of claim 3, wherein the vent is small.");
        assertThat(r.checked()).isTrue();
        assertThat(r.errors()).isZero();
    }

    @Test
    void claimOneFromTheAbstractGoesAfterTheLastClaimAndIsChecked() {
        DraftReview r = new DraftChecker().review(matter, new DraftInput.Abstract(), AssistAction.Target.CLAIMS_END,
                "1. A lid comprising a hinge.\n2. The lid of claim 1, wherein the hinge is steel.");
        assertThat(r.text()).isEqualTo("3. A lid comprising a hinge.\n4. The lid of claim 3, wherein the hinge is steel.");
        assertThat(r.checked()).isTrue();
        assertThat(r.errors()).isZero();
        assertThat(new AssistRequests(io.patentdesk.inference.PromptFormat.defaults(), java.util.Optional.empty(), false).claimFromAbstract(" ").problem())
                .contains("Write the abstract first");
    }

    @Test
    void aRewrittenClaimIsCheckedInPlaceAndTextOutsideTheClaimsIsNot() {
        int start = CLAIMS.indexOf("2. The lid");
        DraftReview r = new DraftChecker().review(matter, new DraftInput.Selection("claims", start, CLAIMS.length()),
                AssistAction.Target.SELECTION, "2. The lid of claim 1, wherein the vent is round.");
        assertThat(r.checked()).isTrue();
        assertThat(r.added()).isEmpty(); // it fixes claim 2's finding and adds none
        assertThat(new DraftChecker().review(matter, new DraftInput.Claims(), AssistAction.Target.ABSTRACT,
                "A lid with a vent.").checked()).isFalse();
    }

    @Test
    void aDraftWithNothingToAcceptSaysWhy() {
        GenerationTimings t = new GenerationTimings(0, 0, 0, 0, 0);
        assertThat(AssistantViewModel.nothingToAccept(new GenerationResult("", new int[0], 10, 0, "", StopReason.EOS, t), ""))
                .startsWith("The model stopped at once (its first token was an end token): nothing to accept.");
        assertThat(AssistantViewModel.nothingToAccept(new GenerationResult(" \n ", new int[] {5, 6, 7}, 10, 0, "",
                StopReason.MAX_TOKENS, t), "")).startsWith("The model wrote only blank space (3 tokens): nothing to accept.");
    }
}
