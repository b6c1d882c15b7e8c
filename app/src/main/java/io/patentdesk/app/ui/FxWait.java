package io.patentdesk.app.ui;

import java.util.function.BooleanSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** Waits on the FX thread without blocking it: polls a condition every 50 ms, then continues or times out. */
public final class FxWait {
    private FxWait() {
    }

    public static void until(BooleanSupplier condition, double timeoutSeconds, Runnable then, Runnable onTimeout) {
        long deadline = System.nanoTime() + (long) (timeoutSeconds * 1e9);
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(Duration.millis(50), e -> {
            if (condition.getAsBoolean()) {
                poll.stop();
                then.run();
            } else if (System.nanoTime() > deadline) {
                poll.stop();
                onTimeout.run();
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }
}
