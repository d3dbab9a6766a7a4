import { expect, it } from '@jest/globals'
import { parseConfig } from '../../src/repo/config.js'

it('probe', async () => {
  const texts = [
    'domains:\n  example.com:\n    polcy: x\n',
    'domains:\n  example.com:\n    policy: ../x\n',
    'domains:\n  Example.COM:\n    id: 0123\n    mx: [Mail.Example.com., mx2.example.com]\nrules:\n  policy-mode: warning\nverify:\n  smtp: true\n',
    'rules:\n  policy-mod: off\n',
    'rules:\n  policy-mode: Off\n',
    'verify:\n  smtp: yes\n',
    'domains:\n  example.com:\n    id: 2025-07-01\n',
    'domains:\n  mta-sts.example.com: {}\n',
    'domains:\n  example.com: {}\n  EXAMPLE.com: {}\n',
    'domains: [a]\n',
    'a: [\n',
    '- x\n',
    'domains:\n  policy: x\n',
    'domains:\n  example.com:\n    mx: []\n',
    'domains:\n  example.com:\n    mx: ["*.example.com"]\n',
    'domains:\n  example.com:\n    id: x\n    record: y\n',
    'domains:\n  example.com:\n    tlsrpt: "v=TLSRPTv1; rua=mailto:a@b.c"\n',
    'domain:\n  example.com: {}\n',
    '',
    '# nothing\n',
    'verify:\n  cert-expiry-days: 5000\n'
  ]
  for (const t of texts) {
    try {
      const r = await parseConfig(t, '.mta-sts.yml', ['policy-mode', 'policy-max-age'])
      console.log(JSON.stringify(r.config), JSON.stringify(r.lineOf(['domains', 'example.com', 'mx', '0'])))
    } catch (e) {
      console.log((e as Error).message)
    }
  }
  expect(1).toBe(1)
})
