/**
 * Escaping for untrusted text (policy contents, file names) in each place it is rendered.
 */

/** C0/C1 controls, DEL, line/paragraph separators and bidi overrides: unsafe on a terminal. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TERMINAL_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

const hex = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`

export const escapeTerminal = (s: string): string => s.replace(TERMINAL_UNSAFE, hex)

const UNSAFE_BUT_LINE_BREAKS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/** Like escapeTerminal, but CR and LF stay (workflow commands encode them themselves). */
export const escapeControls = (s: string): string => s.replace(UNSAFE_BUT_LINE_BREAKS, hex)

/** Workflow-command message data (`::error ...::data`). */
export const escapeCommandData = (s: string): string =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')

/** Workflow-command property values (`file=...,title=...`). */
export const escapeCommandProperty = (s: string): string =>
  escapeCommandData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')

/**
 * Markdown for a table cell or inline text: every character that could start markup, an
 * HTML tag, an entity, a link or a table cell boundary is escaped; line breaks become spaces.
 */
export const escapeMarkdown = (s: string): string =>
  escapeTerminal(s.replace(/[\r\n]+/g, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~"'@:]/g, c => `\\${c}`)
