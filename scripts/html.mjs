// What the pages the build writes share: escaping text into HTML, and their Content-Security-Policy.

/** Text (or anything printable) made safe for HTML content and attribute values. */
export const escapeHtml = (text = '') =>
  String(text).replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
  );

/** The strict policy the docs, gallery and demo pages carry: nothing inline, no eval. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";
