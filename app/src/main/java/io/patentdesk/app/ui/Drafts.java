package io.patentdesk.app.ui;

import io.patentdesk.app.assist.ClaimSkeleton;
import io.patentdesk.app.assist.ClaimSkeletons;
import io.patentdesk.app.assist.PartsList;
import io.patentdesk.app.assist.SummaryDrafter;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import io.patentdesk.app.ui.assist.AssistAction;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The deterministic drafts of the Draft menu, computed from the matter (off the UI thread). */
public final class Drafts {
    private static final Pattern CLAIM_NUMBER = Pattern.compile("(?m)^\\s*(\\d{1,3})\\s*[.)]");

    private Drafts() {
    }

    public static String compute(AssistAction action, Matter m) {
        return switch (action) {
            case SUMMARY_FROM_CLAIMS -> String.join("\n\n", SummaryDrafter.aspects(m.claims()));
            case SUMMARY_WITH_EMBODIMENTS -> String.join("\n\n", SummaryDrafter.aspectsAndEmbodiments(m.claims()));
            case PARTS_LIST -> PartsList.render(PartsList.of(m.section(Section.BRIEF_DESCRIPTION_OF_THE_DRAWINGS)
                    + "\n\n" + m.section(Section.DETAILED_DESCRIPTION)));
            case CLAIM_SKELETONS -> skeletons(m.claims());
            default -> throw new IllegalArgumentException(action + " uses the model");
        };
    }

    /** Skeletons numbered after the last claim, so they can be appended as they are. */
    static String skeletons(String claims) {
        int next = lastClaimNumber(claims) + 1;
        List<String> out = new ArrayList<>();
        for (ClaimSkeleton s : ClaimSkeletons.forAll(claims)) {
            out.add(s.numbered(next++));
        }
        return String.join("\n\n", out);
    }

    static int lastClaimNumber(String claims) {
        int last = 0;
        Matcher m = CLAIM_NUMBER.matcher(claims);
        while (m.find()) {
            last = Math.max(last, Integer.parseInt(m.group(1)));
        }
        return last;
    }
}
