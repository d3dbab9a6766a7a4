/**
 * The GitHub runner's side of a JavaScript action, as documented for workflow commands: inputs
 * from `INPUT_<NAME>` variables, annotations and log lines as `::command props::data` on stdout,
 * outputs appended to the `GITHUB_OUTPUT` file, the job summary appended to `GITHUB_STEP_SUMMARY`,
 * failure as exit code 1.
 *
 * Why not @actions/core: version 3 imports its OIDC token client at load, and with it
 * @actions/http-client and undici: 1.2 MB of the 1.7 MB bundle and about 70 ms of every run,
 * for tokens this action never asks for. What we use of it is this file.
 */
import { randomUUID } from 'node:crypto'
import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  startColumn?: number
}

/**
 * An input as the runner passes it: `INPUT_` and the name upper-cased, spaces as `_`, hyphens
 * kept (`fail-on` is `INPUT_FAIL-ON`); surrounding whitespace trimmed; '' when unset.
 */
export const getInput = (name: string, env: NodeJS.ProcessEnv = process.env): string =>
  (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()

/** Command data: `%`, CR and LF would end or corrupt the command. */
export const escapeData = (s: string): string =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')

/** Property values: also `:` and `,`, which separate properties from each other and the data. */
export const escapeProperty = (s: string): string =>
  escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')

/** One workflow command line, e.g. `::error file=a,line=1,title=x::message`. */
export const command = (
  name: string,
  props: Readonly<Record<string, string | number | undefined>>,
  data: string
): string => {
  const list = Object.entries(props)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',')
  return `::${name}${list === '' ? '' : ` ${list}`}::${escapeData(data)}`
}

/** The runner's names for annotation positions. */
const annotationProps = (p: AnnotationProperties): Record<string, string | number | undefined> => ({
  title: p.title,
  file: p.file,
  line: p.startLine,
  col: p.startColumn
})

/** A multi-line `name<<delimiter` entry for GITHUB_OUTPUT, with a delimiter neither part holds. */
export const outputEntry = (name: string, value: string, delimiter: string): string => {
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`output ${name}: the value holds the delimiter ${delimiter}`)
  }
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`
}

/** Where the runner side writes: the process by default, something else in tests. */
export interface RunnerIo {
  env: NodeJS.ProcessEnv
  stdout: (line: string) => void
  append: (file: string, text: string) => void
  fail: () => void
}

const processIo: RunnerIo = {
  env: process.env,
  stdout: line => {
    process.stdout.write(line + EOL)
  },
  append: (file, text) => appendFileSync(file, text, 'utf8'),
  fail: () => {
    process.exitCode = 1
  }
}

export interface Runner {
  getInput(name: string): string
  info(message: string): void
  annotate(level: AnnotationLevel, message: string, props?: AnnotationProperties): void
  setOutput(name: string, value: string | number): void
  /**
   * Appends markdown to the job summary; false when the runner gave no summary file (then the
   * markdown is not even rendered).
   */
  appendSummary(render: () => string): boolean
  /** Logs the message as an error annotation and makes the step fail. */
  setFailed(message: string): void
}

export const createRunner = (io: RunnerIo = processIo): Runner => ({
  getInput: name => getInput(name, io.env),
  info: message => io.stdout(message),
  annotate: (level, message, props = {}) =>
    io.stdout(command(level, annotationProps(props), message)),
  setOutput: (name, value) => {
    const file = io.env.GITHUB_OUTPUT
    if (file !== undefined && file !== '') {
      io.append(file, outputEntry(name, String(value), `ghadelimiter_${randomUUID()}`))
    } else {
      // Runners older than the output file read the (deprecated) command.
      io.stdout('')
      io.stdout(command('set-output', { name }, String(value)))
    }
  },
  appendSummary: render => {
    const file = io.env.GITHUB_STEP_SUMMARY
    if (file === undefined || file === '') return false
    io.append(file, render())
    return true
  },
  setFailed: message => {
    io.fail()
    io.stdout(command('error', {}, message))
  }
})
