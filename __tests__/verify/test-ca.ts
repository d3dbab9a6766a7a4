/**
 * A test CA made at test time (selfsigned 5), and the certificates it issues for the policy host
 * of DOMAIN: valid, expired, not yet valid, for another name, expiring in 5 days, a wildcard, one
 * with a subject CN and no subjectAltName; plus a self-signed one. Nothing is kept on disk.
 */
import { generateKeyPairSync } from 'node:crypto'
import { generate } from 'selfsigned'

export const DOMAIN = 'example.test'
export const HOST = `mta-sts.${DOMAIN}`
export const CA_NAME = 'mta-sts-lint test CA'

export interface KeyAndCert {
  key: string
  cert: string
}

export interface TestCertificates {
  /** The CA's certificate (PEM), to trust through createPolicyFetcher({ ca }). */
  ca: string
  valid: KeyAndCert
  expired: KeyAndCert
  notYetValid: KeyAndCert
  wrongName: KeyAndCert
  selfSigned: KeyAndCert
  /** Valid now, expires in 5 days. */
  expiring: KeyAndCert
  /** `*.example.test`: valid for mta-sts.example.test. */
  wildcard: KeyAndCert
  /** Subject CN mta-sts.example.test and no subjectAltName (RFC 8461 matches DNS-ID only). */
  cnOnly: KeyAndCert
  /** The dates given to each certificate. */
  dates: Record<
    'valid' | 'expired' | 'notYetValid' | 'expiring',
    { notBefore: Date; notAfter: Date }
  >
}

const DAY = 24 * 60 * 60 * 1000

/** Whole seconds: X.509 dates carry no milliseconds. */
const at = (ms: number): Date => new Date(Math.floor(ms / 1000) * 1000)

export async function makeTestCertificates(now = Date.now()): Promise<TestCertificates> {
  const ca = await generate([{ name: 'commonName', value: CA_NAME }], {
    algorithm: 'sha256',
    keySize: 2048,
    notBeforeDate: at(now - 10 * DAY),
    notAfterDate: at(now + 365 * DAY),
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true }
    ]
  })
  // One key pair for every leaf: only the signatures differ (RSA key generation is the slow part).
  const leafKeys = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' }
  })
  const keyPair = { privateKey: leafKeys.privateKey, publicKey: leafKeys.publicKey }

  const leaf = async (
    name: string,
    notBefore: Date,
    notAfter: Date,
    opts: { selfSigned?: boolean; san?: boolean } = {}
  ): Promise<KeyAndCert> => {
    const pems = await generate([{ name: 'commonName', value: name }], {
      algorithm: 'sha256',
      keySize: 2048,
      keyPair,
      ...(opts.selfSigned ? {} : { ca: { key: ca.private, cert: ca.cert } }),
      notBeforeDate: notBefore,
      notAfterDate: notAfter,
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
        { name: 'extKeyUsage', serverAuth: true },
        ...(opts.san === false
          ? []
          : [{ name: 'subjectAltName' as const, altNames: [{ type: 2 as const, value: name }] }])
      ]
    })
    return { key: pems.private, cert: pems.cert }
  }

  const dates = {
    valid: { notBefore: at(now - DAY), notAfter: at(now + 90 * DAY) },
    expired: { notBefore: at(now - 100 * DAY), notAfter: at(now - 10 * DAY) },
    notYetValid: { notBefore: at(now + 10 * DAY), notAfter: at(now + 100 * DAY) },
    expiring: { notBefore: at(now - 85 * DAY), notAfter: at(now + 5 * DAY) }
  }
  const [valid, expired, notYetValid, wrongName, selfSigned, expiring, wildcard, cnOnly] =
    await Promise.all([
      leaf(HOST, dates.valid.notBefore, dates.valid.notAfter),
      leaf(HOST, dates.expired.notBefore, dates.expired.notAfter),
      leaf(HOST, dates.notYetValid.notBefore, dates.notYetValid.notAfter),
      leaf('www.other.test', dates.valid.notBefore, dates.valid.notAfter),
      leaf(HOST, dates.valid.notBefore, dates.valid.notAfter, { selfSigned: true }),
      leaf(HOST, dates.expiring.notBefore, dates.expiring.notAfter),
      leaf(`*.${DOMAIN}`, dates.valid.notBefore, dates.valid.notAfter),
      leaf(HOST, dates.valid.notBefore, dates.valid.notAfter, { san: false })
    ])
  return {
    ca: ca.cert,
    valid,
    expired,
    notYetValid,
    wrongName,
    selfSigned,
    expiring,
    wildcard,
    cnOnly,
    dates
  }
}
