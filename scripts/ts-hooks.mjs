// Module hooks that let a script import the TypeScript sources under src/ as they are: a relative
// `./x.js` import from a .ts file resolves to `./x.ts` when only that exists, and .ts files are
// transpiled (types stripped, nothing checked) with the project's TypeScript. Registered by
// scripts/readme.mjs, so the generated README tables come from the source, not from dist/.
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

export const resolve = async (specifier, context, next) => {
  if (
    specifier.startsWith('.') &&
    specifier.endsWith('.js') &&
    context.parentURL?.endsWith('.ts')
  ) {
    const js = new URL(specifier, context.parentURL)
    const tsUrl = new URL(`${js.href.slice(0, -3)}.ts`)
    if (!existsSync(fileURLToPath(js)) && existsSync(fileURLToPath(tsUrl))) {
      return { url: tsUrl.href, format: 'module', shortCircuit: true }
    }
  }
  return next(specifier, context)
}

export const load = async (url, context, next) => {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return next(url, context)
  const fileName = fileURLToPath(url)
  const { outputText } = ts.transpileModule(await readFile(fileName, 'utf8'), {
    fileName,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
  })
  return { format: 'module', source: outputText, shortCircuit: true }
}
