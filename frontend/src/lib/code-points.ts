/** Length in Unicode code points, the unit of mask offsets (an emoji is one, as on the server). */
export const codePoints = (text: string) => Array.from(text).length;
