/**
 * In-memory stand-ins for the DNS and HTTPS probes (the real adapters are tested against
 * loopback servers), and a healthy domain to start each scenario from.
 */
import type {
  CertificateInfo,
  DnsAnswer,
  DnsErrorCode,
  DnsLookup,
  MxHost,
  PolicyFetch,
  PolicyFetcher
} from '../../src/verify/types.js'
import { VALID } from '../helpers.js'

export const DOMAIN = 'example.com'
export const URL_ = 'https://mta-sts.example.com/.well-known/mta-sts.txt'
export const NOW = new Date('2025-07-10T12:00:00Z')
export const ID = '20250701T150000Z'

export const found = <T>(value: T, owner: string, cnames: string[] = []): DnsAnswer<T> => ({
  ok: true,
  value,
  owner,
  cnames
})

export const failed = (
  code: DnsErrorCode,
  name: string,
  message: string = code,
  opts: { server?: string; cnames?: string[] } = {}
): DnsAnswer<never> => ({
  ok: false,
  error: { code, name, message, ...(opts.server !== undefined && { server: opts.server }) },
  cnames: opts.cnames ?? []
})

/** A probe that never answers and ignores its signal: only the deadline ends the wait. */
export const HANG = 'hang' as const
/** A probe that breaks its contract and rejects. */
export const THROW = 'throw' as const
type Scripted<T> = DnsAnswer<T> | typeof HANG | typeof THROW

const play = <T>(s: Scripted<T> | undefined, name: string): Promise<DnsAnswer<T>> => {
  if (s === HANG) return new Promise(() => {})
  if (s === THROW) return Promise.reject(new Error(`probe bug for ${name}`))
  return Promise.resolve(s ?? failed('ENOTFOUND', name, 'NXDOMAIN'))
}

export interface DnsScript {
  txt?: Record<string, Scripted<string[]>>
  addresses?: Record<string, Scripted<string[]>>
  mx?: Record<string, Scripted<MxHost[]>>
}

/** Answers from a script; a name not in it does not exist (NXDOMAIN). Records every query. */
export class FakeDns implements DnsLookup {
  readonly asked: string[] = []
  readonly signals: (AbortSignal | undefined)[] = []
  constructor(readonly script: DnsScript) {}

  txt(name: string, signal?: AbortSignal): Promise<DnsAnswer<string[]>> {
    this.asked.push(`TXT ${name}`)
    this.signals.push(signal)
    return play(this.script.txt?.[name], name)
  }

  addresses(host: string, signal?: AbortSignal): Promise<DnsAnswer<string[]>> {
    this.asked.push(`A ${host}`)
    this.signals.push(signal)
    return play(this.script.addresses?.[host], host)
  }

  mx(domain: string, signal?: AbortSignal): Promise<DnsAnswer<MxHost[]>> {
    this.asked.push(`MX ${domain}`)
    this.signals.push(signal)
    return play(this.script.mx?.[domain], domain)
  }
}

/** Serves one scripted answer (or hangs, or throws). Records every call. */
export class FakeFetcher implements PolicyFetcher {
  readonly calls: { domain: string; addresses: readonly string[] }[] = []
  constructor(readonly answer: PolicyFetch | typeof HANG | typeof THROW) {}

  fetch(domain: string, addresses: readonly string[]): Promise<PolicyFetch> {
    this.calls.push({ domain, addresses })
    if (this.answer === HANG) return new Promise(() => {})
    if (this.answer === THROW) return Promise.reject(new Error('fetcher bug'))
    return Promise.resolve(this.answer)
  }
}

export const goodCertificate = (over: Partial<CertificateInfo> = {}): CertificateInfo => ({
  names: ['mta-sts.example.com'],
  notBefore: '2025-06-01T00:00:00.000Z',
  notAfter: '2025-09-01T00:00:00.000Z',
  issuer: "CN=R11, O=Let's Encrypt, C=US",
  trusted: true,
  validForHost: true,
  ...over
})

export const goodFetch = (over: Partial<PolicyFetch> = {}): PolicyFetch => ({
  url: URL_,
  address: '192.0.2.10',
  elapsedMs: 42,
  tlsVersion: 'TLSv1.3',
  certificate: goodCertificate(),
  status: 200,
  contentType: 'text/plain; charset=utf-8',
  cacheControl: 'max-age=300',
  etag: '"abc"',
  body: new TextEncoder().encode(VALID),
  ...over
})

/** Every lookup of a healthy example.com. */
export const healthyScript = (): Required<DnsScript> => ({
  txt: {
    '_mta-sts.example.com': found([`v=STSv1; id=${ID};`], '_mta-sts.example.com'),
    '_smtp._tls.example.com': found(
      ['v=TLSRPTv1; rua=mailto:tlsrpt@example.com'],
      '_smtp._tls.example.com'
    )
  },
  addresses: { 'mta-sts.example.com': found(['192.0.2.10'], 'mta-sts.example.com') },
  mx: { 'example.com': found([{ exchange: 'mail.example.com', priority: 10 }], 'example.com') }
})
