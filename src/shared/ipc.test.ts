import { describe, expect, it, vi } from 'vitest';
import { createApi } from './api';
import { contract, dispatch, type Services } from './ipc';

function fakeServices(): Services {
  return {
    getBriefing: vi.fn(async () => ({ ok: false as const, error: 'none' })),
    openBriefing: vi.fn(async () => ({ ok: false as const, error: 'none', cancelled: true })),
    exportPdf: vi.fn(async (req) => ({ ok: true as const, value: { path: `/tmp/x-${req.paper}.pdf`, bytes: 1 } })),
    previewHandout: vi.fn(async () => ({ ok: false as const, error: 'none' })),
    printPdf: vi.fn(async () => ({ ok: true as const, value: { pages: 1 } })),
    revealFile: vi.fn(async () => ({ ok: true as const, value: null })),
    saveFigure: vi.fn(async () => ({ ok: false as const, error: 'none' })),
    openSource: vi.fn(async () => ({ ok: true as const, value: null })),
    copyText: vi.fn(async () => ({ ok: true as const, value: null })),
    getSettings: vi.fn(async () => ({ ok: false as const, error: 'none' })),
    updateSettings: vi.fn(async () => ({ ok: false as const, error: 'none' })),
    getNotes: vi.fn(async () => ({ ok: true as const, value: { sections: {} } })),
    saveNote: vi.fn(async () => ({ ok: true as const, value: { updated: '2026-12-02T17:00:00.000Z' } })),
    exportNotes: vi.fn(async () => ({ ok: false as const, error: 'none' })),
    importNotes: vi.fn(async () => ({ ok: false as const, error: 'none' }))
  };
}

describe('dispatch', () => {
  it('calls the service with validated arguments', async () => {
    const services = fakeServices();
    const r = await dispatch(services, 'pdf:export', { kind: 'handout', paper: 'letter' });
    expect(r).toEqual({ ok: true, value: { path: '/tmp/x-letter.pdf', bytes: 1 } });
    expect(services.exportPdf).toHaveBeenCalledWith({ kind: 'handout', paper: 'letter' });
  });

  it('refuses unknown channels and bad arguments without calling a service', async () => {
    const services = fakeServices();
    expect(await dispatch(services, 'fs:delete', {})).toEqual({ ok: false, error: 'Unknown channel "fs:delete"' });
    const bad = await dispatch(services, 'pdf:export', { kind: 'poster', paper: 'a4', extra: 1 });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/^Invalid arguments for pdf:export: kind: .*; argument: .*extra/);
    expect(await dispatch(services, 'briefing:get', { sneaky: true })).toMatchObject({ ok: false });
    expect(services.exportPdf).not.toHaveBeenCalled();
    expect(services.getBriefing).not.toHaveBeenCalled();
  });

  it('turns a throwing service into an error result', async () => {
    const services = fakeServices();
    services.getBriefing = async () => {
      throw new Error('boom');
    };
    expect(await dispatch(services, 'briefing:get', undefined)).toEqual({ ok: false, error: 'briefing:get failed: boom' });
  });
});

describe('createApi', () => {
  it('exposes one method per channel that invokes that channel', async () => {
    const calls: [string, unknown][] = [];
    const api = createApi(
      async (channel, arg) => {
        calls.push([channel, arg]);
        return { ok: true, value: null };
      },
      () => () => undefined
    );
    await api.getBriefing();
    await api.exportPdf({ kind: 'briefing', paper: 'a4' });
    expect(calls).toEqual([
      ['briefing:get', undefined],
      ['pdf:export', { kind: 'briefing', paper: 'a4' }]
    ]);
    expect(Object.keys(api).sort()).toEqual([...Object.keys(contract), 'onCommand'].sort());
  });

  it('passes on only known menu commands', () => {
    let emit: (p: unknown) => void = () => undefined;
    const api = createApi(
      async () => null,
      (_ch, l) => ((emit = l), () => undefined)
    );
    const seen: string[] = [];
    api.onCommand((c) => seen.push(c));
    emit('print');
    emit('rm -rf');
    expect(seen).toEqual(['print']);
  });
});
