package io.patentdesk.bench.ui;

/**
 * A synthetic specification of a given size for the UI benchmark: paragraphs in the style of a detailed description,
 * each with its own reference numerals and figure references, so highlighting and analysis have real work to do.
 */
public final class LargeSpecification {
    private static final String[] PARTS = {"housing", "lever", "spring", "valve member", "cover plate", "pivot axis",
        "sealing face", "actuator", "push button", "skirt", "rib", "bore", "shaft", "bearing", "gasket", "latch"};

    private LargeSpecification() {
    }

    public static String make(int bytes) {
        StringBuilder sb = new StringBuilder(bytes + 512);
        int n = 0;
        while (sb.length() < bytes) {
            String a = PARTS[n % PARTS.length];
            String b = PARTS[(n * 7 + 3) % PARTS.length];
            int na = 10 + 2 * (n % PARTS.length);
            int nb = 10 + 2 * ((n * 7 + 3) % PARTS.length);
            sb.append("Referring to FIG. ").append(1 + n % 12).append(", the ").append(a).append(' ').append(na)
                    .append(" is coupled to the ").append(b).append(' ').append(nb)
                    .append(" so that movement of the ").append(a).append(' ').append(na)
                    .append(" about the pivot axis 22 displaces the ").append(b).append(' ').append(nb)
                    .append(" by between 2 mm and 5 mm. In some embodiments the ").append(b).append(' ').append(nb)
                    .append(" is moulded in one piece with the ").append(a).append(' ').append(na)
                    .append(", which reduces the number of parts and the places where liquid may leak. ")
                    .append("The arrangement of paragraph ").append(n + 1).append(" may be combined with any other embodiment described herein.\n\n");
            n++;
        }
        return sb.toString();
    }
}
