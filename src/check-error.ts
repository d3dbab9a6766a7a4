/**
 * A problem with the run itself, not a finding: a bad config, a base the gate cannot read, an
 * input that makes no sense. Adapters show its message alone (the CLI exits 2, the action fails
 * the step), never a stack trace.
 */
export class CheckError extends Error {}

/** The gate's base could not be read part-way through (the REST API failed, say): fails closed. */
export class BaseUnreadableError extends CheckError {}
