package io.patentdesk.inference.sampling;

/** Sharpens (below 1) or flattens (above 1) the distribution by dividing the logits. */
public final class Temperature implements LogitsTransform {

    private final float temperature;

    Temperature(double temperature) {
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("temperature must be above 0 here; 0 means greedy");
        }
        this.temperature = (float) temperature;
    }

    @Override
    public void apply(float[] logits, int[] history, int length) {
        for (int i = 0; i < logits.length; i++) {
            logits[i] /= temperature;
        }
    }
}
