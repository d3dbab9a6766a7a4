/**
 * What the action uses of @actions/core: the runner's contract (inputs, outputs, annotations,
 * log groups, the job summary, failing the step). main.ts takes it as a parameter, so tests run
 * the action in-process with a recording stand-in instead of writing to the test's own process.
 */
import type * as core from '@actions/core'

export type ActionRuntime = Pick<
  typeof core,
  | 'getInput'
  | 'getBooleanInput'
  | 'setOutput'
  | 'info'
  | 'debug'
  | 'error'
  | 'warning'
  | 'notice'
  | 'startGroup'
  | 'endGroup'
  | 'setFailed'
> & { summary: Pick<typeof core.summary, 'addRaw' | 'write'> }

export type AnnotationProperties = core.AnnotationProperties
