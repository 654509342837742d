// pdf.js ships no types for its worker module; the preview only hands the module to pdf.js (lib/pdf-thumbnail.ts).
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
