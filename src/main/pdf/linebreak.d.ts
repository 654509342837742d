// The part of `linebreak` (UAX #14 line breaking, pdfkit's dependency) that hangul-breaks.ts uses; it ships no types.
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): { position: number; required: boolean } | null;
  }
}
