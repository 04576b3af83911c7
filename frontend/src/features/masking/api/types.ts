/** A masked range of a message or of the ticket's content: code points `start` (inclusive) to `end` (exclusive) of its text. */
export interface MessageMask {
  id: string;
  start: number;
  end: number;
  maskedBy: string;
  maskedAt: string;
}

/** A range of a message's text (or the ticket's content) in code points, as POST …/masks takes it. */
export interface MaskRange {
  start: number;
  end: number;
}
