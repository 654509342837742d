import type { Action } from 'svelte/action';

/**
 * Opens a <dialog> as a modal when it mounts and reports when it closes. The browser fires `close` as a
 * later task, so the listener is removed on unmount: a dialog already gone can never close its successor.
 */
export const modal: Action<HTMLDialogElement, () => void> = (dialog, onclose) => {
  let handler = onclose;
  const listener = (): void => handler?.();
  dialog.addEventListener('close', listener);
  dialog.showModal();
  return {
    update(next) {
      handler = next;
    },
    destroy() {
      dialog.removeEventListener('close', listener);
    }
  };
};
