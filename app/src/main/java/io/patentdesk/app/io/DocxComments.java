package io.patentdesk.app.io;

import io.patentdesk.app.matter.Comment;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * A matter's comments as Word comments: each a comment in the document's comments part, its range marked in the text
 * (commentRangeStart ... commentRangeEnd, then the reference mark), so Word shows it in the margin beside the text it
 * is on. Text is written through {@link #write}, which splits it into runs where comments start and end.
 */
final class DocxComments {
    private static final String AUTHOR = "PatentDesk";

    private final XWPFDocument doc;
    private final List<Comment> comments;
    private final Map<String, BigInteger> ids = new HashMap<>();
    private final Set<String> open = new HashSet<>();
    private final Set<String> done = new HashSet<>();
    private XWPFComments part;
    private XWPFParagraph last;
    private String lastPart;

    DocxComments(XWPFDocument doc, List<Comment> comments) {
        this.doc = doc;
        this.comments = List.copyOf(comments);
    }

    /**
     * Writes {@code text}, the matter's text of {@code partKey} from {@code offset} (negative: not from the matter),
     * into {@code p}, each run made by {@code run}, with the marks of the comments on it.
     */
    void write(XWPFParagraph p, String text, String partKey, int offset, BiFunction<XWPFParagraph, String, XWPFRun> run) {
        if (!partKey.equals(lastPart)) {
            closeOpen(); // a comment reaching past the end of its part ends with it
        }
        int end = offset + text.length();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        List<Comment> here = new ArrayList<>();
        for (Comment c : comments) {
            if (offset < 0 || !c.part().equals(partKey) || done.contains(c.id())) {
                continue;
            }
            boolean starts = !open.contains(c.id()) && c.start() < end || c.start() == end && c.end() == end;
            boolean ends = c.end() <= end;
            if (starts || open.contains(c.id()) && ends) {
                here.add(c);
                cuts.add(Math.max(0, c.start() - offset));
                cuts.add(Math.min(text.length(), Math.max(0, c.end() - offset)));
            }
        }
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                run.apply(p, text.substring(prev, cut));
            }
            marks(p, here, offset + cut, cut == text.length());
            prev = cut;
        }
        last = p;
        lastPart = partKey;
    }

    /** The marks at {@code at}: ends of comments opened before, starts, ends of empty ranges. */
    private void marks(XWPFParagraph p, List<Comment> here, int at, boolean blockEnd) {
        for (Comment c : here) {
            if (open.contains(c.id()) && c.end() <= at && c.start() < at) {
                end(p, c);
            }
        }
        for (Comment c : here) {
            if (!open.contains(c.id()) && !done.contains(c.id()) && (c.start() <= at)) {
                p.getCTP().addNewCommentRangeStart().setId(id(c));
                open.add(c.id());
                if (c.end() <= at) {
                    end(p, c);
                }
            }
        }
    }

    private void end(XWPFParagraph p, Comment c) {
        p.getCTP().addNewCommentRangeEnd().setId(id(c));
        XWPFRun ref = p.createRun();
        ref.getCTR().addNewCommentReference().setId(id(c));
        open.remove(c.id());
        done.add(c.id());
    }

    /** Ends every comment still open, at the end of the last paragraph written. */
    void closeOpen() {
        for (Comment c : comments) {
            if (open.contains(c.id()) && last != null) {
                end(last, c);
            }
        }
    }

    private BigInteger id(Comment c) {
        return ids.computeIfAbsent(c.id(), k -> {
            if (part == null) {
                part = doc.createComments();
            }
            BigInteger id = BigInteger.valueOf(ids.size());
            XWPFComment cm = part.createComment(id);
            cm.setAuthor(AUTHOR);
            cm.setInitials("PD");
            Calendar when = Calendar.getInstance();
            when.setTimeInMillis(c.created().toEpochMilli());
            cm.setDate(when);
            for (String line : c.text().split("\n", -1)) {
                cm.createParagraph().createRun().setText(line);
            }
            return id;
        });
    }
}
