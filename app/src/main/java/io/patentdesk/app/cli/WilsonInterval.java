package io.patentdesk.app.cli;

/**
 * The 95 % Wilson score interval of a proportion {@code successes / trials}: unlike the normal approximation it stays
 * inside [0, 1] and is usable for the small counts an evaluation set per kind has.
 *
 * @param low  lower bound, NaN when there were no trials
 * @param high upper bound, NaN when there were no trials
 */
record WilsonInterval(double low, double high) {

    /** The normal quantile for a two-sided 95 % interval. */
    static final double Z95 = 1.959963984540054;

    static WilsonInterval of(int successes, int trials) {
        if (successes < 0 || trials < 0 || successes > trials) {
            throw new IllegalArgumentException(successes + " of " + trials);
        }
        if (trials == 0) {
            return new WilsonInterval(Double.NaN, Double.NaN);
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // At 0 or all successes a bound is exactly 0 or 1; the formula gets there only up to rounding.
        return new WilsonInterval(successes == 0 ? 0 : centre - half, successes == trials ? 1 : centre + half);
    }
}
