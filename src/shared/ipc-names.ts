// The contract's names only, without its schemas, so the preload that builds window.briefing stays free
// of zod and small. src/shared/ipc.ts pairs each name with its argument schema; a type check there keeps
// the two lists identical.

/** Channel name of each contract entry. */
export const CHANNELS = {
  getBriefing: 'briefing:get',
  openBriefing: 'briefing:open',
  exportPdf: 'pdf:export',
  previewHandout: 'pdf:preview-handout',
  printPdf: 'pdf:print',
  saveFigure: 'figure:save',
  openSource: 'link:open',
  copyText: 'clipboard:write',
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
  revealFile: 'file:reveal',
  getNotes: 'notes:get',
  saveNote: 'notes:save',
  exportNotes: 'notes:export',
  importNotes: 'notes:import'
} as const;

/** Commands main sends to the page (from the application menu); the page acts on them. */
export const COMMANDS = [
  'open',
  'export',
  'print',
  'find',
  'next-section',
  'previous-section',
  'zoom-in',
  'zoom-out',
  'zoom-reset',
  'export-notes',
  'import-notes',
  // View → Language: the page switches (and remembers it), as with its own switch.
  'lang-en',
  'lang-ko',
  // Main opened another briefing (e.g. from File → Open Recent): fetch it again.
  'briefing-changed'
] as const;
export type Command = (typeof COMMANDS)[number];
export const COMMAND_CHANNEL = 'app:command';
