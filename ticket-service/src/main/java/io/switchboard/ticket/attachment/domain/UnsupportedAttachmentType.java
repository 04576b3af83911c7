package io.switchboard.ticket.attachment.domain;

import io.switchboard.platform.problem.ProblemException;

/** A file whose declared type is not allowed, or whose name or content does not match it; answered with 415. */
public class UnsupportedAttachmentType extends ProblemException.UnsupportedMediaType {

    public UnsupportedAttachmentType(String detail) {
        super(detail);
    }
}
