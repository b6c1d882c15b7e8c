package io.patentdesk.app.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind (grant, application, ocr) and era (decade) of a corpus record, from its folder, id and date. "ocr" is a
 * US grant issued before 2001 under the old kind code "A" (US4022227A): its text was captured from paper. Where a
 * record has no date, the era comes from the id: a US or WO publication number holds its year, and a US utility
 * patent number falls in the range the USPTO issued in that decade.
 */
final class CorpusRecordClass {

    static final String GRANT = "grant";
    static final String APPLICATION = "application";
    static final String OCR = "ocr";
    static final String UNKNOWN = "unknown";

    private static final Pattern OLD_US_GRANT = Pattern.compile("^US\\d{6,7}A$");
    private static final Pattern US_APPLICATION = Pattern.compile("^US(\\d{4})\\d{6,7}(?:A\\d?|P\\d)?$");
    private static final Pattern EP_APPLICATION = Pattern.compile("^EP\\d{7}A\\d?$");
    private static final Pattern WO = Pattern.compile("^WO(\\d{4})?");
    private static final Pattern US_GRANT = Pattern.compile("^US(?:D|PP|RE|H|T)?0*\\d{4,8}(?:B\\d|E\\d?|S\\d?|H\\d?|P\\d?)?$");
    private static final Pattern EP_GRANT = Pattern.compile("^EP\\d{7}B\\d$");
    private static final Pattern US_UTILITY_NUMBER = Pattern.compile("^US0*(\\d{6,8})(?:A|B\\d)?$");
    private static final Pattern YEAR = Pattern.compile("^((?:19|20)\\d\\d)");

    /** The first utility patent number the USPTO issued in 1960, 1970, ... 2020 (its table of issue years). */
    private static final int[][] FIRST_NUMBER_OF_DECADE = {
        {1960, 2_919_443}, {1970, 3_487_184}, {1980, 4_180_867}, {1990, 4_890_335}, {2000, 6_009_555},
        {2010, 7_640_598}, {2020, 10_524_741}};

    private CorpusRecordClass() {}

    static String kind(String folder, String id) {
        if (OLD_US_GRANT.matcher(id).matches()) {
            return OCR;
        }
        if (folder.equals("ipstreet-claims")) {
            return UNKNOWN; // rows are keyed by application serial number; whether each was granted is not recorded
        }
        if (US_APPLICATION.matcher(id).matches() || EP_APPLICATION.matcher(id).matches() || WO.matcher(id).find()) {
            return APPLICATION;
        }
        if (US_GRANT.matcher(id).matches() || EP_GRANT.matcher(id).matches()) {
            return GRANT;
        }
        return UNKNOWN;
    }

    /** "1970s", "2010s", ... or "unknown". */
    static String era(String date, String id) {
        Matcher d = YEAR.matcher(date == null ? "" : date);
        if (d.find()) {
            return decade(Integer.parseInt(d.group(1)));
        }
        Matcher app = US_APPLICATION.matcher(id);
        if (app.matches() && plausibleYear(app.group(1))) {
            return decade(Integer.parseInt(app.group(1)));
        }
        Matcher wo = WO.matcher(id);
        if (wo.find() && wo.group(1) != null && plausibleYear(wo.group(1))) {
            return decade(Integer.parseInt(wo.group(1)));
        }
        Matcher utility = US_UTILITY_NUMBER.matcher(id);
        if (utility.matches()) {
            long number = Long.parseLong(utility.group(1));
            String era = "before 1960";
            for (int[] row : FIRST_NUMBER_OF_DECADE) {
                if (number >= row[1]) {
                    era = row[0] + "s";
                }
            }
            return era;
        }
        return UNKNOWN;
    }

    private static boolean plausibleYear(String y) {
        int year = Integer.parseInt(y);
        return year >= 1978 && year <= 2035;
    }

    private static String decade(int year) {
        return (year / 10 * 10) + "s";
    }
}
