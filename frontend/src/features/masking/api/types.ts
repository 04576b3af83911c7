/** A masked range of a message: code points `start` (inclusive) to `end` (exclusive) of its text. */
export interface MessageMask {
  id: string;
  start: number;
  end: number;
  maskedBy: string;
  maskedAt: string;
}

/** A range of a message's text in code points, as POST …/masks takes it. */
export interface MaskRange {
  start: number;
  end: number;
}
