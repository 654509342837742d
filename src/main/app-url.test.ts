import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appUrlMatcher, rendererUrl } from './app-url';
import { chromiumUrl } from './testing/electron-stand-in';

// Install folders as users have them: a space ("Program Files"), Hangul, brackets, a Windows 8.3 short name (~),
// a percent sign that looks like an escape, and a hash.
const INSTALL_NAMES = ['Korea AI Briefing', '한국 AI 브리핑', 'apps [x64]', 'KOREAA~1', 'Q3 100%41 done', 'build #2'];

function installAt(name: string): { rendererDir: string; indexFile: string } {
  const rendererDir = join(mkdtempSync(join(tmpdir(), 'app-url-')), name, 'resources', 'app.asar', 'out', 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
  return { rendererDir, indexFile: join(rendererDir, 'index.html') };
}

describe('appUrlMatcher: the app’s own files, wherever the app is installed', () => {
  for (const name of INSTALL_NAMES) {
    it(`accepts the page and its assets as Chromium spells them, installed under "${name}"`, () => {
      const { rendererDir, indexFile } = installAt(name);
      const isAppUrl = appUrlMatcher(rendererDir);
      // The URL the window loads, as Chromium then reports it (the page, and a script relative to it).
      const page = chromiumUrl(rendererUrl(indexFile));
      expect(isAppUrl(page)).toBe(true);
      expect(isAppUrl(new URL('assets/index-abc.js', page).href)).toBe(true);
      expect(isAppUrl(new URL('assets/font%20one.woff2?v=1#x', page).href)).toBe(true);
      // The same files as Node spells them.
      expect(isAppUrl(pathToFileURL(join(rendererDir, 'assets', 'a.css')).href)).toBe(true);
      // And as Chromium spells a URL that leaves "[ ] ~" literal (what loadFile makes, where "%" is not involved).
      if (!name.includes('%')) expect(isAppUrl(chromiumUrl(format({ protocol: 'file', slashes: true, pathname: indexFile })))).toBe(true);
    });

    it(`refuses everything else, installed under "${name}"`, () => {
      const { rendererDir } = installAt(name);
      const isAppUrl = appUrlMatcher(rendererDir);
      const page = chromiumUrl(rendererUrl(join(rendererDir, 'index.html')));
      for (const url of [
        new URL('../../package.json', page).href,
        new URL('../renderer-evil/index.html', page).href,
        `${rendererUrl(rendererDir)}-evil/index.html`,
        new URL('assets%2F..%2F..%2Fmain%2Findex.js', page).href,
        'file:///etc/passwd',
        'file://remote-host/share/index.html',
        'https://example.com/index.html',
        'http://127.0.0.1:5173/',
        'data:text/html,<script>1</script>',
        'devtools://devtools/bundled/inspector.html',
        'not a url'
      ]) {
        expect(isAppUrl(url), url).toBe(false);
      }
    });
  }

  it('rendererUrl names the very file, where loadFile’s URL would name another (a "%" in the path)', () => {
    const { indexFile } = installAt('Q3 100%41 done');
    // Electron's loadFile formats its URL with url.format, which leaves "%41" to be read as "A".
    expect(chromiumUrl(rendererUrl(indexFile))).toContain('100%2541');
    expect(chromiumUrl(`file://${indexFile}`)).toContain('100A');
  });

  it('in development, accepts the dev server and its hot-reload socket only', () => {
    const isAppUrl = appUrlMatcher('/nowhere', 'http://localhost:5173/');
    expect(isAppUrl('http://localhost:5173/src/main.ts')).toBe(true);
    expect(isAppUrl('ws://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/')).toBe(false);
    expect(isAppUrl('https://localhost:5173.evil.example/')).toBe(false);
  });
});
