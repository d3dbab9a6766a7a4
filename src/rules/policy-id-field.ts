import { defineRule } from './define.js'
import { quote } from '../message-format.js'

export default defineRule(
  {
    id: 'policy-id-field',
    severity: 'notice',
    target: 'policy',
    needs: ['recordId'],
    rfc: 'RFC 8461 3.1, 3.2',
    description:
      'the policy carries an id: line (senders ignore it; some checkers reject it); an error when it differs from the TXT record id'
  },
  ({ facts, recordId, idKeptHere }, report) => {
    // Extensions hold the first field of each other name: the id in effect, if any.
    const f = facts.extensions.find(x => x.name === 'id')
    // The config names this line as where the id is kept: it is there on purpose.
    if (f === undefined || idKeptHere === true) return
    if (recordId !== undefined && recordId !== f.value) {
      report({
        message: `id ${quote(f.value)} differs from the _mta-sts record's id ${quote(recordId)}; they must agree: write "id: ${recordId}" or publish the new id`,
        line: f.line,
        column: f.valueColumn,
        severity: 'error'
      })
      return
    }
    report({
      message:
        'the policy carries an "id:" line: senders ignore it (the id that counts is in the _mta-sts TXT record), though the checker checkdmarc reports the whole policy as invalid for it; remove it unless this repository keeps its id here on purpose',
      line: f.line,
      column: f.column
    })
  }
)
