/**
 * What the preview adds to the pages it serves, and only to those (the build writes the pages as the editions make
 * them): a script that listens on the preview's WebSocket, and the overlay that lists the errors of the last save.
 */
import { formatDiagnostic, type Diagnostic } from '../diagnostics.ts';
import { messages } from '../messages.ts';

/** The address of the preview's WebSocket; no file of an edition is served there. */
export const SOCKET_PATH = '/_preview';

/** What the server says to the open pages. */
export type PreviewMessage =
  /** The overlay to show, or '' to show none. */
  | { type: 'problems'; overlay: string }
  /** The pages (by file path) that changed: an open one reloads. */
  | { type: 'reload'; pages: string[] };

const OVERLAY_ID = 'report-preview-overlay';

/** A string literal for the script; a `<` in it is escaped, so it cannot end the script element. */
const scriptString = (text: string): string => JSON.stringify(text).replaceAll('<', '\\u003c');

/**
 * The page's script. A reload keeps the reader's place: the scroll position goes to sessionStorage just before it
 * and is restored once the new page has loaded.
 */
const clientScript = (page: string): string => `(() => {
  const page = ${scriptString(page)};
  const key = "report-preview:scrollY:" + page;
  const saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    addEventListener("load", () => scrollTo(0, Number(saved)));
  }
  const socket = new WebSocket("ws://" + location.host + ${scriptString(SOCKET_PATH)});
  socket.addEventListener("message", (event) => {
    const message = JSON.parse(event.data);
    if (message.type === "problems") {
      document.getElementById(${scriptString(OVERLAY_ID)})?.remove();
      document.body.insertAdjacentHTML("beforeend", message.overlay);
    } else if (message.type === "reload" && message.pages.includes(page)) {
      sessionStorage.setItem(key, String(scrollY));
      location.reload();
    }
  });
})();`;

/** The page as served: the overlay (when there are errors) and the script, at the end of its body. */
export function withClient(html: string, page: string, overlay: string): string {
  const script = `${overlay}<script>${clientScript(page)}</script>`;
  const end = html.lastIndexOf('</body>');
  return end === -1 ? html + script : html.slice(0, end) + script + html.slice(end);
}

/** The errors, each as `file:line:col: message [rule]`, over the page; a click hides it. Empty when there is none. */
export function overlayHtml(errors: readonly Diagnostic[]): string {
  if (errors.length === 0) return '';
  const items = errors.map((d) => `<li><code>${escapeHtml(formatDiagnostic(d))}</code></li>`).join('');
  return (
    `<div id="${OVERLAY_ID}" role="alert" onclick="this.remove()" style="${OVERLAY_STYLE}">` +
    `<p><strong>${escapeHtml(messages.previewOverlayTitle(errors.length))}</strong></p><ul style="padding-left:1.2em">${items}</ul>` +
    `<p>${escapeHtml(messages.previewOverlayHint())}</p></div>`
  );
}

// Inline, so the page's own styles need not know of it; above everything the page may stack.
const OVERLAY_STYLE =
  'position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;background:rgba(255,255,255,.97);color:#8b0000;' +
  'font:15px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:pre-wrap;cursor:pointer';

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
