package io.switchboard.ticket.attachment.domain;

import io.switchboard.platform.problem.ProblemException;

/** A file above the size limit; answered with 413. */
public class AttachmentTooLarge extends ProblemException.PayloadTooLarge {

    public AttachmentTooLarge(long size, long max) {
        super("The file has " + size + " bytes; attachments may have at most " + max + " bytes.");
    }
}
