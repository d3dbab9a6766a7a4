/**
 * Fresh policy ids: UTC `YYYYMMDDTHHMMSSZ`, 16 letters and digits (valid per RFC 8461 3.1), the
 * one generator behind `bump`, the gate's suggestion and the action's `new-id` output.
 */

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** The id for a moment. Throws a RangeError on an invalid Date. */
export const policyIdAt = (date: Date): string => {
  if (Number.isNaN(date.getTime())) throw new RangeError('invalid date for a policy id')
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T` +
    `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  )
}

/** The id for `now`, moved on by seconds until no id in `taken` has it. */
export const freshPolicyId = (now: Date, taken: ReadonlySet<string> = new Set()): string => {
  let t = Math.floor(now.getTime() / 1000) * 1000
  let id = policyIdAt(new Date(t))
  while (taken.has(id)) {
    t += 1000
    id = policyIdAt(new Date(t))
  }
  return id
}
