/** The Content-Security-Policy of the app's page: its own files and nothing else (no inline script, no eval). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'"
].join('; ');

/** The development server's policy: Vite injects styles and talks to its HMR socket on localhost. */
export const DEV_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").replace(
  "connect-src 'self'",
  "connect-src 'self' ws://localhost:* ws://127.0.0.1:*"
);

/**
 * The policy for the page's meta tag. A meta-delivered policy ignores `frame-ancestors` (and says so in the console),
 * so it is left to the response header, which Electron's session adds to every response (src/main/security.ts).
 */
export const META_CONTENT_SECURITY_POLICY = withoutFrameAncestors(CONTENT_SECURITY_POLICY);
export const DEV_META_CONTENT_SECURITY_POLICY = withoutFrameAncestors(DEV_CONTENT_SECURITY_POLICY);

function withoutFrameAncestors(policy: string): string {
  return policy
    .split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');
}
