import type { Command } from '../../../shared/ipc';

/** What each command does; the app supplies it. Menu items (over IPC) and keyboard shortcuts both end here. */
export type CommandHandlers = Record<Command, () => void>;

/**
 * The same shortcuts as the native menu, for when there is none (the browser harness, a menu-less window), and
 * Ctrl/Cmd+K for search. Section keys are left to the menu's accelerators and the tab bar's arrow keys.
 */
const SHORTCUTS: Record<string, Command> = {
  k: 'find',
  f: 'find',
  o: 'open',
  e: 'export',
  p: 'print',
  '=': 'zoom-in',
  '+': 'zoom-in',
  '-': 'zoom-out',
  '0': 'zoom-reset'
};

/** The command a key press asks for (Ctrl or Cmd, no Alt), or null. */
export function shortcutCommand(event: KeyboardEvent): Command | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  return SHORTCUTS[event.key.toLowerCase()] ?? null;
}

/** Runs a command; an unknown one (a newer main process) is ignored rather than thrown on. */
export function runCommand(handlers: CommandHandlers, command: Command): void {
  handlers[command]?.();
}
