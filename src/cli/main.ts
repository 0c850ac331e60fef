#!/usr/bin/env node
/** `vigil <command>`: dispatches to one module per command. */
import { runLintCommand } from './lint.js';

const USAGE = `usage: vigil <command> [options]

commands:
  lint [files|dirs|-]   lint certificates, precertificates, tbsCertificates, CRLs and CSRs
                        (vigil lint --help for options)
  serve                 run the CPR desk: web UI, API, SMTP intake, clocks and alerts
                        (configuration: docs/configuration.md)
  user add              create a staff account (vigil user --help)
  token add             create an API token (vigil token --help)
  scan PATH...          lint a corpus (PEM, DER, CT get-entries) into the database;
                        scan report|appendix|scope|remediate read it (vigil scan --help)
  board                 every open clock, most urgent first (vigil board --help)
  crl FILE|URL          check a CRL against its issuer, the lints and BR 4.9.7; crl add and
                        crl watch keep CRLs under watch (vigil crl --help)
  bugzilla sync         copy the CA compliance bugs from Bugzilla (vigil bugzilla --help)
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'lint':
      return runLintCommand(rest, process.stdout, process.stderr);
    // Loaded on demand: linting needs neither the server nor the database.
    case 'serve':
      return (await import('./serve.js')).runServeCommand(rest, process.stderr);
    case 'user':
      return (await import('./user.js')).runUserCommand(rest, process);
    case 'token':
      return (await import('./token.js')).runTokenCommand(rest, process);
    case 'scan':
      return (await import('./scan.js')).runScanCommand(rest, process);
    case 'board':
      return (await import('./board.js')).runBoardCommand(rest, process);
    case 'crl':
      return (await import('./crl.js')).runCrlCommand(rest, process);
    case 'bugzilla':
      return (await import('./bugzilla.js')).runBugzillaCommand(rest, process);
    case undefined:
    case '-h':
    case '--help':
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`vigil: unknown command '${command}'\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`vigil: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 70;
  },
);
