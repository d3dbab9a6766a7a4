/** A probe's answer, bounded by a deadline: what verify-domain.ts and authoritative.ts wait on. */

/**
 * `start()`, settled by the deadline at the latest: an abort resolves with `onAbort()`, a
 * rejection (probes never throw, by contract; a bug should not sink the domain) with
 * `onError(e)`. Never rejects, so a probe left hanging leaves no unhandled rejection behind.
 */
export const bounded = <T>(
  start: () => Promise<T>,
  signal: AbortSignal,
  onAbort: () => T,
  onError: (e: unknown) => T
): Promise<T> => {
  if (signal.aborted) return Promise.resolve(onAbort())
  return new Promise<T>(resolve => {
    const abort = (): void => resolve(onAbort())
    signal.addEventListener('abort', abort, { once: true })
    const done = (): void => signal.removeEventListener('abort', abort)
    let work: Promise<T>
    try {
      work = start()
    } catch (e) {
      done()
      resolve(onError(e))
      return
    }
    work.then(
      v => {
        done()
        resolve(v)
      },
      (e: unknown) => {
        done()
        resolve(onError(e))
      }
    )
  })
}
