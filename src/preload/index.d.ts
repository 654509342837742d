import type { BriefingApi } from '../shared/ipc';

declare global {
  interface Window {
    briefing: BriefingApi;
  }
}
