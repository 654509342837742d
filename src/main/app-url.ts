import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The URL to load the renderer from. `pathToFileURL` escapes every character a path may hold (`%`, `#`, `?`, spaces,
 * Hangul); `loadFile` builds its URL with `url.format`, which leaves `%` as it is, so an install path such as
 * `C:\Q1 100%25` would name another file.
 */
export function rendererUrl(rendererFile: string): string {
  return pathToFileURL(rendererFile).href;
}

/** Is `child` the folder `parent` or inside it? */
function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (rel.split(sep)[0] !== '..' && !isAbsolute(rel));
}

/**
 * Decides whether a URL is one of the app's own files (or, in development, its dev server). File URLs are compared as
 * paths, not as strings: Chromium writes `[`, `]` and `~` literally where `pathToFileURL` escapes them (a Windows 8.3
 * short path holds `~`), and either may escape other characters, so the same file has several spellings.
 */
export function appUrlMatcher(rendererDir: string, devServerUrl?: string): (url: string) => boolean {
  const root = resolve(rendererDir);
  return (url: string): boolean => {
    if (devServerUrl && (url.startsWith(devServerUrl) || /^ws:\/\/(localhost|127\.0\.0\.1):\d+\//.test(url))) return true;
    if (!url.startsWith('file:')) return false;
    let path: string;
    try {
      // Throws on an encoded "/" or a remote host, neither of which an app file has.
      path = fileURLToPath(url);
    } catch {
      return false;
    }
    return isInside(root, resolve(path));
  };
}
