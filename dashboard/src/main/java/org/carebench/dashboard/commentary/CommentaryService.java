package org.carebench.dashboard.commentary;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.audit.AuditAction;
import org.carebench.dashboard.audit.AuditLog;
import org.carebench.dashboard.catalogue.CatalogueService;
import org.carebench.dashboard.figures.Audience;
import org.carebench.dashboard.figures.UnknownReferenceException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commentary on figures: written and changed by analysts (each change in the audit log), read by the
 * indicator page, the board report and the training pack. A public audience gets public comments only.
 */
@Service
public class CommentaryService {

    static final int MAX_LENGTH = 4000;

    private final CommentStore store;
    private final AuditLog audit;
    private final CatalogueService catalogue;

    CommentaryService(CommentStore store, AuditLog audit, CatalogueService catalogue) {
        this.store = store;
        this.audit = audit;
        this.catalogue = catalogue;
    }

    /** The comments on one figure that {@code audience} may read, oldest first. */
    public List<Comment> forFigure(String la, String indicator, int period, Audience audience) {
        return readable(store.forFigures(la, period, List.of(indicator)), audience);
    }

    /** The comments on an authority's figures for a year, by indicator, as a report or pack shows them. */
    public Map<String, List<Comment>> forFigures(
            String la, int period, Collection<String> indicators, Audience audience) {
        Map<String, List<Comment>> byIndicator = new LinkedHashMap<>();
        readable(store.forFigures(la, period, indicators), audience)
                .forEach(c -> byIndicator
                        .computeIfAbsent(c.indicator(), i -> new java.util.ArrayList<>())
                        .add(c));
        return byIndicator;
    }

    @Transactional
    public Comment write(String author, String la, String indicator, int period, String text, Audience audience) {
        String body = checked(text);
        if (catalogue.indicators().stream().noneMatch(i -> i.id().equals(indicator))) {
            throw new UnknownReferenceException("indicator", indicator);
        }
        if (catalogue.localAuthorities().stream().noneMatch(a -> a.code().equals(la))) {
            throw new UnknownReferenceException("local authority", la);
        }
        long id = store.add(la, indicator, period, body, audience, author);
        audit.append(author, AuditAction.COMMENT_WRITTEN, describe(id, la, indicator, period, audience));
        return store.find(id).orElseThrow();
    }

    /** Changes a comment's text and audience; only its author may. */
    @Transactional
    public Comment change(String editor, long id, String text, Audience audience) {
        Comment comment = store.find(id).orElseThrow(() -> new UnknownReferenceException("comment", id));
        if (!comment.author().equals(editor)) {
            throw new NotTheAuthorException(id);
        }
        store.change(id, checked(text), audience);
        audit.append(
                editor,
                AuditAction.COMMENT_CHANGED,
                describe(id, comment.la(), comment.indicator(), comment.period(), audience));
        return store.find(id).orElseThrow();
    }

    private static List<Comment> readable(List<Comment> comments, Audience audience) {
        return audience == Audience.INTERNAL
                ? comments
                : comments.stream().filter(c -> !c.internal()).toList();
    }

    private static String checked(String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Comment: required, at most " + MAX_LENGTH + " characters");
        }
        return body;
    }

    private static String describe(long id, String la, String indicator, int period, Audience audience) {
        return "comment " + id + " on " + indicator + ", " + la + ", " + period + " (" + audience.id() + ")";
    }

    /** Someone other than the author tried to change a comment. */
    public static final class NotTheAuthorException extends RuntimeException {
        NotTheAuthorException(long id) {
            super("Only the author may change comment " + id);
        }
    }
}
