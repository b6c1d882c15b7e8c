package io.patentdesk.app.ui.actions;

import io.patentdesk.app.ui.MatterViewModel;
import io.patentdesk.app.ui.SampleMatter;

/** File → Open Sample Matter: adds the built-in sample as a new matter. */
public final class OpenSampleCommand extends Command {
    private final MatterViewModel matters;

    public OpenSampleCommand(MatterViewModel matters) {
        this.matters = matters;
    }

    @Override
    public void execute() {
        matters.add(SampleMatter.create());
    }
}
