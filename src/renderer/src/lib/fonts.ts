/**
 * Resolves when the bundled typeface is ready. Canvas text does not wait for web fonts, so charts
 * wait for this before drawing; the rest of the page renders at once and swaps the face in.
 */
export const fontsReady: Promise<void> = Promise.all([
  document.fonts.load('400 15px Pretendard', '한국 AI'),
  document.fonts.load('600 15px Pretendard', '한국 AI'),
  document.fonts.load('700 15px Pretendard', '한국 AI')
]).then(
  () => void performance.mark('fonts-ready'),
  () => undefined
);
