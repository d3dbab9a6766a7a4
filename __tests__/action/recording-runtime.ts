/**
 * A stand-in for @actions/core that records what the action says instead of writing to the test's
 * own process: inputs from a map (as the runner passes them), stdout lines in the runner's
 * workflow-command syntax (the escaping @actions/core applies), outputs, the summary and the exit
 * code. Annotations parse back with the same parser as a real run's stdout.
 */
import type { ActionRuntime, AnnotationProperties } from '../../src/action/runtime.js'

const escapeData = (s: string): string =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (s: string): string =>
  escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')

/** `::name k=v,...::message`, with properties in @actions/core's order. */
const command = (name: string, props: AnnotationProperties, message: string): string => {
  const list = (
    [
      ['title', props.title],
      ['file', props.file],
      ['line', props.startLine],
      ['endLine', props.endLine],
      ['col', props.startColumn],
      ['endColumn', props.endColumn]
    ] as const
  )
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',')
  return `::${name}${list === '' ? '' : ` ${list}`}::${escapeData(message)}`
}

export interface Recording {
  runtime: ActionRuntime
  stdout: () => string
  outputs: Record<string, string>
  summary: () => string
  /** 1 once setFailed was called, else 0. */
  code: () => number
}

/**
 * `env` holds INPUT_<NAME> variables as the runner sets them (upper case, hyphens kept);
 * getBooleanInput follows @actions/core: true/True/TRUE, false/False/FALSE, else a TypeError.
 */
export const recordingRuntime = (env: Readonly<Record<string, string>>): Recording => {
  const lines: string[] = []
  const outputs: Record<string, string> = {}
  let summary = ''
  let pending = ''
  let code = 0
  const getInput = (name: string): string =>
    (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
  const annotation =
    (level: string) =>
    (message: string | Error, props: AnnotationProperties = {}): void => {
      lines.push(command(level, props, message instanceof Error ? message.message : message))
    }
  const runtime: ActionRuntime = {
    getInput,
    getBooleanInput: name => {
      const v = getInput(name)
      if (['true', 'True', 'TRUE'].includes(v)) return true
      if (['false', 'False', 'FALSE'].includes(v)) return false
      throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}`)
    },
    setOutput: (name, value) => {
      outputs[name] = typeof value === 'string' ? value : JSON.stringify(value)
    },
    info: message => lines.push(message),
    debug: message => lines.push(`::debug::${escapeData(message)}`),
    error: annotation('error'),
    warning: annotation('warning'),
    notice: annotation('notice'),
    startGroup: name => lines.push(`::group::${name}`),
    endGroup: () => lines.push('::endgroup::'),
    setFailed: message => {
      code = 1
      lines.push(command('error', {}, message instanceof Error ? message.message : message))
    },
    summary: {
      addRaw(text: string) {
        pending += text
        return this as never
      },
      write() {
        summary += pending
        pending = ''
        return Promise.resolve(this as never)
      }
    }
  }
  return {
    runtime,
    stdout: () => lines.map(l => `${l}\n`).join(''),
    outputs,
    summary: () => summary,
    code: () => code
  }
}
