/**
 * Text safe inside XML 1.0 elements and double-quoted attributes: the five special characters are
 * escaped and characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/F)
 * are dropped, since no escape makes them legal.
 */
export function escapeXml(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/gu, "&amp;")
    .replace(/</gu, "&lt;")
    .replace(/>/gu, "&gt;")
    .replace(/"/gu, "&quot;")
    .replace(/'/gu, "&apos;")
    .replace(/\r/gu, "&#13;")
    .replace(/\n/gu, "&#10;")
    .replace(/\t/gu, "&#9;");
}

/** Text with the characters XML 1.0 cannot carry removed (for writers that escape but do not drop them). */
export function xmlText(value: string): string {
  return value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "");
}
