/** Kept equal to package.json's version by a test; read here to avoid bundling package.json. */
export const VERSION = '0.1.0'
export const TOOL_NAME = 'mta-sts-lint'
export const DOCS_BASE = 'https://github.com/mta-sts-lint/mta-sts-lint/blob/main/docs/rules/'
