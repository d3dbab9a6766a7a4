import type { Command } from './args.js'
import { POLICY_FILE, WELL_KNOWN_POLICY } from '../site/well-known.js'

const COMMON = `Common options:
  -f, --format text|json|sarif|github   output format (default text)
      --fail-on error|warning|notice|never
                                        exit 1 when a finding is at or above this (default error)
  -o, --output FILE                     write the report to FILE (folders created; - is
                                        standard output; never a file the run reads)
  -c, --config FILE                     the config file (default .mta-sts.yml or .github/mta-sts.yml)
      --rule RULE-ID=off|notice|warning|error
                                        change a rule's severity (repeatable)
      --no-color                        no colours (also NO_COLOR=1)
      --debug                           show a stack trace on an internal error
  -h, --help                            this help
  -v, --version                         print the version

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 the run failed.`

const USAGE: Record<Command, string> = {
  check: `mta-sts-lint [check] [--root DIR] [--config FILE] [--base REF] [--verify] [--state FILE]
                     [--authoritative] [--smtp]
  Finds every ${WELL_KNOWN_POLICY} (and a root ${POLICY_FILE}) under DIR (default .), the
  domains they serve (.mta-sts.yml, a CNAME file, an mta-sts.<domain> folder) and where each
  domain's _mta-sts record is kept (zone files, octoDNS, DNSControl, Terraform, the config), and
  lints them all. With --base, also fails when a policy changed since REF but its id did not.
  With --verify, also checks each domain as deployed (see verify; --concurrency N domains side
  by side) against what is committed; --state FILE keeps what was served between runs;
  --authoritative asks every name server of each zone too, and --smtp probes the MX hosts'
  STARTTLS (see verify).`,
  policy: `mta-sts-lint policy FILE|- [--mx HOST]... [--domain DOMAIN] [--tlsrpt TXT]...
  Lints one policy file (- reads standard input). Each --mx names an MX host of the domain; a
  host no mx pattern matches (RFC 8461 4.1) is an mx-not-covered finding. Each --tlsrpt is one
  TXT record at _smtp._tls.<domain>, linted and weighed against the policy's mode.`,
  record: `mta-sts-lint record TXT|- [TXT|-...]
  Lints the _mta-sts TXT record. Each argument is one record of the RRset, its strings already
  joined; with several, records not starting "v=STSv1;" are discarded and exactly one must remain.
  An argument - stands for the records on standard input, one a line: as written
  (v=STSv1; id=...) or quoted as dig +short prints them ("v=STSv1; " "id=..." is one record, its
  strings joined); blank lines and lines starting with # are skipped. dig's whole output works
  too: the TXT data of its answer lines is read, its ; comments and other records are not:
    dig +short TXT _mta-sts.example.com | mta-sts-lint record -`,
  tlsrpt: `mta-sts-lint tlsrpt TXT|- [TXT|-...] [--mode enforce|testing|none]
  Lints the _smtp._tls TLS-RPT record (RFC 8460); --mode is the policy's mode, which decides how
  much a missing record matters. An argument - stands for the records on standard input, one a
  line, as for record.`,
  verify: `mta-sts-lint verify [DOMAIN...] [--domains-file FILE|-] [--dns-server HOST[:PORT]]...
                    [--timeout SECONDS] [--wait SECONDS] [--concurrency N] [--shard I/N]
                    [--state FILE] [--authoritative] [--smtp] [--root DIR]
  Checks each domain as deployed: the _mta-sts TXT record, the policy served at
  https://mta-sts.<domain>/.well-known/mta-sts.txt (status, redirects, media type, size, TLS
  certificate), the MX hosts it must cover and the TLS-RPT record. Without DOMAIN or
  --domains-file, the domains of the repository under --root, compared with what it commits.
  --domains-file reads more domains, one a line (- is standard input; # starts a comment, blank
  lines are skipped). --dns-server sends every lookup to the servers given; --timeout bounds one
  domain (default 60); --wait keeps re-checking, with backoff, until the deployment matches the
  commit (policy first, then the id). --concurrency verifies N domains side by side (default 16,
  at most 256; also for check --verify). --shard I/N keeps the I-th of N parts of the domain list
  (a hash of each domain decides its part, so adding a domain moves no other): run N jobs, then
  merge their JSON reports. --state keeps, per domain, the live id, a digest of the served
  policy and the certificate's expiry between runs (JSON, made on the first run): a policy that
  changed under the same id is id-not-changed, an id that came back with another policy
  id-reused. --authoritative (config verify: authoritative) finds the zone's name servers and
  asks each one directly, on port 53, for the _mta-sts record and mta-sts.<domain>'s addresses:
  servers that disagree are dns-inconsistent, and --wait lasts until every one serves the
  committed id. --smtp (config verify: smtp) also connects to port 25 of each MX host: greeting,
  EHLO, STARTTLS, a TLS 1.2+ handshake with the MX name, its certificate checked as senders in
  enforce mode do (smtp-starttls, smtp-certificate-expiring); a host that cannot be reached is a
  notice, as networks such as hosted CI runners often block outbound port 25.`,
  merge: `mta-sts-lint merge REPORT.json...
  Joins the JSON reports (--format json) of several runs, such as the shards of verify --shard,
  into one report: findings sorted and counted again, domains joined. Prints it in any --format;
  the exit code follows --fail-on.`,
  bump: `mta-sts-lint bump [--root DIR] [--domain DOMAIN]... [--base REF]
  Writes a fresh id (UTC YYYYMMDDTHHMMSSZ) wherever the repository keeps the id of each named
  domain, or of every domain whose policy changed since REF (default HEAD), changing nothing else
  in those files.`,
  rules: `mta-sts-lint rules [--format text|json]
  Lists every rule with its default severity, description and documentation link; --format json
  prints them as an array of objects (id, severity, target, rfc, description, docs, needs).`,
  help: `mta-sts-lint help [COMMAND]
  Prints this help, or a command's usage and options (as COMMAND --help does).`
}

export const HELP = `mta-sts-lint: lint MTA-STS (RFC 8461) policies and records, exactly.

Usage:
${Object.values(USAGE)
  .map(u => `  ${u.split('\n')[0]}`)
  .join('\n')}

${COMMON}

Run "mta-sts-lint help COMMAND" (or COMMAND --help) for a command's details.
`

export const commandHelp = (command: Command): string => `Usage: ${USAGE[command]}

${COMMON}
`
