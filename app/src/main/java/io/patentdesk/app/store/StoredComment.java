package io.patentdesk.app.store;

import io.patentdesk.app.matter.Comment;
import io.patentdesk.app.matter.MatterId;

/** A comment with the matter it is on: carried over whole when a workspace is salvaged or a matter is trashed. */
record StoredComment(MatterId matterId, Comment comment) {
}
