/**
 * What `dig` prints, made into the record lines `record -` and `tlsrpt -` read: the TXT data of
 * each answer line (`_mta-sts.example.com. 300 IN TXT "v=STSv1; id=1"`), its `;` comment lines
 * and the records of other types (a CNAME on the way, the SOA of an empty answer) dropped. Lines
 * that are none of these (records as written, `dig +short`) are kept as they are.
 */

/** An answer line: owner, optional TTL and class, type, data. */
const RR_LINE = /^\s*\S+\.?\s+(?:\d+\s+)?(?:(?:IN|CH|HS)\s+)?([A-Z][A-Z0-9]*)\s+(.*)$/i
/** An owner name ending in a dot, as dig writes it: tells an answer line from record text. */
const DIG_OWNER = /^\s*[^\s"']+\.\s/

export const digAnswers = (text: string): string =>
  text
    .split(/\r?\n/)
    .flatMap(line => {
      if (/^\s*;/.test(line)) return []
      const rr = DIG_OWNER.test(line) ? RR_LINE.exec(line) : null
      if (rr === null) return [line]
      return rr[1]?.toUpperCase() === 'TXT' ? [rr[2] ?? ''] : []
    })
    .join('\n')
