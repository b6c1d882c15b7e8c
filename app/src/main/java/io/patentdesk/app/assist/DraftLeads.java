package io.patentdesk.app.assist;

import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.ClaimGrammar;
import io.patentdesk.analyzer.ClaimSet;
import io.patentdesk.analyzer.Transition;
import io.patentdesk.inference.DraftingTask;
import io.patentdesk.inference.aids.LineLeads;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first words of a model draft, written from the user's text so that the small model continues on the right
 * subject: a dependent claim begins "12. The electronic key system of claim 1, wherein" (the parent's name, as
 * dependent claims conventionally refer back), an abstract "An electronic key system" (it opens on what claim 1
 * claims), claim 1 drafted from an abstract "1. An image forming element comprising:" (the abstract's subject). Left
 * to begin by itself, PatentGPT-mini wrote "2. A method according to claim 1" under an apparatus claim, abstracts
 * about "a computer method" for a key system, and claims with garbled words. Where the text gives no clear subject
 * there is no lead: none is better than a clumsy one.
 */
public final class DraftLeads {
    static final int MAX_WORDS = 8;
    static final int MAX_ABSTRACT_WORDS = 12;

    // "A container for a liquid, the liquid": the name before a restated one, for an abstract.
    private static final Pattern RESTATED = Pattern.compile("(?i),\\s*(?:the|said)\\s+[\\w-]+(?:\\s+[\\w-]+)?$");
    private static final Pattern ARTICLE = Pattern.compile("(?i)^(an?|the)\\s+");
    // What follows the name: its purpose, a relative clause, a qualifier ("a system for X", "a method of X", "an
    // apparatus according to the invention", "a method performed by ..."). A transition the analyzer did not take for
    // the claim's ("A composition comprising a polyester, wherein ... comprising: ...": it prefers the one that opens a
    // list) ends the name too: the analyzer's transitional phrases (ClaimGrammar).
    private static final Pattern QUALIFIER = Pattern.compile("(?i)\\s+(?:for|of|which|that|configured|adapted|according|"
            + "performed|by|in|to|with|on|storing)\\b.*$");
    private static final Pattern NUMERAL = Pattern.compile("\\s+\\d+[a-z]?'?(?=\\s|$)");
    // "(10)", "(10, 12)": reference signs in parentheses (EPC Rule 43(7)); a title or a short name has none.
    private static final Pattern SIGNS = Pattern.compile(
            "\\s+\\(\\s*\\d+[A-Za-z]?'*(?:\\s*[,;]\\s*\\d+[A-Za-z]?'*)*\\s*\\)"); // not "Si(100)"
    // "An electronic key system includes ...", "A method for X is disclosed", "The present invention relates to an ice
    // maker having ...": the subject before the first verb, a relative clause or a modal.
    private static final Pattern ABSTRACT_SUBJECT = Pattern.compile("^(?:The (?:present )?(?:invention|disclosure) "
            + "(?:relates to|provides|is directed to|concerns)\\s+)?((?:An?|an?)\\s+[^.;:,()]{2,90}?)\\s+(?:includes|"
            + "including|comprises|comprising|has|having|is|are|contains|containing|consists|provides|uses|that|which|"
            + "wherein|may)\\b");

    // A US design claim: "The ornamental design for a pet grooming tool, as shown and described." (37 CFR 1.153).
    private static final Pattern DESIGN_CLAIM = Pattern.compile("(?i)^\\s*(?:the|an?)\\s+ornamental\\s+"
            + "design\\s+for\\s+(?:an?\\s+|the\\s+)?([^,.;:]{2,80}?)\\s*(?:,|\\.|\\bas\\s+(?:shown|illustrated|depicted"
            + "|described)\\b|\\bsubstantially\\b|\\b(?:comprising|including|having)\\b|$)");

    // How claim 1 names what it claims: "A ...", "An ...", "One or more ...", written with a capital.
    private static final Pattern NAMED = Pattern.compile("^(?:An?|One or more)\\s");

    private DraftLeads() {
    }

    /**
     * How the dependent claims of {@code claimText} (one numbered independent claim) begin, numbered {@code number}:
     * "N. The subject of claim M, wherein"; empty when the subject is unclear.
     */
    public static Optional<String> dependentOf(String claimText, int number) {
        return firstIndependent(claimText).flatMap(c -> subject(c.preamble().of(claimText))
                .map(s -> number + ". The " + s + " of claim " + Math.max(1, c.number()) + ", wherein"));
    }

    /**
     * How each dependent claim after the first of a draft for {@code claimText} begins: numbered on from
     * {@code number} (the first's), with the same subject, referring to the claim itself or to an earlier claim of the
     * draft, "wherein"; empty when the subject is unclear (then the draft has no lead either).
     */
    public static Optional<LineLeads> dependentLinesOf(String claimText, int number) {
        return firstIndependent(claimText).flatMap(c -> subject(c.preamble().of(claimText))
                .map(s -> LineLeads.dependentClaims(s, number, Math.max(1, c.number()))));
    }

    /**
     * The lead the app writes for {@code task} drafted from {@code input} (the assistant's and {@code generate}'s):
     * dependent claims, an abstract and a title from the claims, claim 1 from an abstract; empty for other tasks and
     * when the input gives no clear subject.
     */
    public static Optional<String> forTask(DraftingTask task, String input) {
        return switch (task) {
            case INDEPENDENT_TO_DEPENDENT -> dependentOf(input);
            case CLAIMS_TO_ABSTRACT -> abstractOf(input);
            case CLAIMS_TO_TITLE -> titleOf(input);
            case ABSTRACT_TO_CLAIM -> claimFromAbstract(input);
            default -> Optional.empty();
        };
    }

    /** The number after the highest claim of {@code claimsText} (1 when it has none): where a new claim goes. */
    public static int nextClaimNumber(String claimsText) {
        return ClaimSet.parse(claimsText).claims().stream().mapToInt(Claim::number).max().orElse(0) + 1;
    }

    /** {@link #dependentOf(String, int)} numbered after the claim itself. */
    public static Optional<String> dependentOf(String claimText) {
        return firstIndependent(claimText).flatMap(c -> dependentOf(claimText, Math.max(1, c.number()) + 1));
    }

    /** {@link #dependentLinesOf(String, int)} numbered after the claim itself, as {@link #dependentOf(String)}. */
    public static Optional<LineLeads> dependentLinesOf(String claimText) {
        return firstIndependent(claimText).flatMap(c -> dependentLinesOf(claimText, Math.max(1, c.number()) + 1));
    }

    /** How an abstract of {@code claimsText} begins: claim 1's preamble as a name ("A method for controlling an ice maker"). */
    public static Optional<String> abstractOf(String claimsText) {
        return firstIndependent(claimsText).flatMap(c -> {
            String name = RESTATED.matcher(trimmed(c.preamble().of(claimsText))).replaceFirst("");
            Matcher article = ARTICLE.matcher(name);
            if (!article.find() || article.group(1).equalsIgnoreCase("the") || name.contains(",")
                    || name.split(" ").length > MAX_ABSTRACT_WORDS) {
                return Optional.empty(); // "One or more media ...", "The ...": no plain "A ..." opening to write
            }
            return Optional.of(capitalized(name));
        });
    }

    /**
     * How a title of {@code claimsText} begins: the claimed article of a design claim ("Pet grooming tool": its title
     * names the article, 37 CFR 1.153(a)), else claim 1's short name ("Image forming device"), which the model may go
     * on from ("... and method of controlling the same"). Left to begin by itself, PatentGPT-mini began with a capital
     * letter from its prior and garbled the word ("Hneumatic display panel" for a plasma display panel).
     */
    public static Optional<String> titleOf(String claimsText) {
        Matcher design = DESIGN_CLAIM.matcher(withoutFirstLabel(trimmed(claimsText)));
        if (design.find() && design.group(1).strip().split(" ").length <= MAX_WORDS) {
            return Optional.of(capitalized(design.group(1).strip()));
        }
        return firstIndependent(claimsText)
                .map(c -> trimmed(c.preamble().of(claimsText)))
                .filter(p -> NAMED.matcher(p).find()) // "1. an upper seat surface, ...": a body without its preamble
                .flatMap(DraftLeads::subject).map(DraftLeads::capitalized);
    }

    /** How claim 1 drafted from {@code abstractText} begins: "1. " + the abstract's subject + " comprising:". */
    public static Optional<String> claimFromAbstract(String abstractText) {
        Matcher m = ABSTRACT_SUBJECT.matcher(trimmed(abstractText));
        if (!m.find()) {
            return Optional.empty(); // "When a door is locked, ...": no subject up front
        }
        String subject = NUMERAL.matcher(m.group(1)).replaceAll(""); // US claims carry no reference numerals
        if (subject.split(" ").length > MAX_ABSTRACT_WORDS || subject.contains(" and ")) {
            return Optional.empty(); // "A system and method for ...": two subjects, one claim
        }
        return Optional.of("1. " + capitalized(subject) + " comprising:");
    }

    /**
     * How a new claim that depends on claim {@code parent} opens: "The lever assembly of claim 2, wherein ", the
     * subject named as the independent claim {@code parent} goes back to names it; a neutral subject where that claim
     * names none clearly.
     */
    public static String dependentOpening(String claimsText, int parent) {
        ClaimSet set = ClaimSet.parse(claimsText);
        Optional<Claim> root = set.get(parent);
        for (int hops = 0; root.isPresent() && !root.get().references().isEmpty() && hops < set.size(); hops++) {
            root = set.get(root.get().references().get(0));
        }
        String subject = root.filter(c -> c.preamble().length() > 0)
                .flatMap(c -> subject(c.preamble().of(claimsText))).orElse("subject matter");
        return "The " + subject + " of claim " + parent + ", wherein ";
    }

    private static Optional<Claim> firstIndependent(String claimsText) {
        ClaimSet set = ClaimSet.parse(claimsText);
        if (set.claims().isEmpty()) {
            return Optional.empty();
        }
        Claim c = set.claims().get(0);
        return c.isIndependent() && c.transition() != Transition.NONE && c.preamble().length() > 0
                ? Optional.of(c) : Optional.empty();
    }

    /**
     * The claimed thing's short name in a preamble: "An image forming device" -> "image forming device", "A method
     * for controlling X, the method" -> "method", "One or more computer-readable media" keeps its "one or more".
     */
    static Optional<String> subject(String preamble) {
        String p = SIGNS.matcher(trimmed(preamble)).replaceAll(""); // before the comma: "(20, 22)"
        int comma = p.indexOf(',');
        String s = comma < 0 ? p : p.substring(0, comma);
        s = QUALIFIER.matcher(beforeTransition(ARTICLE.matcher(s).replaceFirst(""))).replaceFirst("");
        s = NUMERAL.matcher(s).replaceAll("").strip();
        if (s.isEmpty() || s.split(" ").length > MAX_WORDS || !Character.isLetter(s.charAt(0))) {
            return Optional.empty();
        }
        boolean acronym = s.length() > 1 && Character.isUpperCase(s.charAt(1));
        return Optional.of(acronym ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1));
    }

    /** The text up to its first transitional phrase ("image forming device comprising" -> "image forming device"). */
    private static String beforeTransition(String s) {
        List<ClaimGrammar.Phrase> phrases = ClaimGrammar.defaults().find(s).transitions();
        return phrases.isEmpty() ? s : s.substring(0, phrases.get(0).start()).strip();
    }

    /** The text without the claim label it opens with ("1. The ornamental design ..."). */
    private static String withoutFirstLabel(String s) {
        List<ClaimGrammar.Label> labels = ClaimGrammar.defaults().labels(s);
        return !labels.isEmpty() && s.substring(0, labels.get(0).start()).isBlank()
                ? s.substring(labels.get(0).end()).strip() : s;
    }

    /** "Image forming device"; a name written with a capital inside its first word stays as written ("iPhone case"). */
    private static String capitalized(String s) {
        boolean mixed = s.length() > 1 && Character.isUpperCase(s.charAt(1));
        return mixed ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** One line, single spaces (a pasted non-breaking space too), no trailing punctuation. */
    private static String trimmed(String text) {
        return ClaimElements.normalize(text.replace('\u00a0', ' ')).replaceFirst("[,:;\\s]+$", "");
    }
}
