#!/usr/bin/env node
/** `vigil <command>`: dispatches to one module per command. */
import { runLintCommand } from './lint.js';

const USAGE = `usage: vigil <command> [options]

commands:
  lint [files|dirs|-]   lint certificates, precertificates, tbsCertificates, CRLs and CSRs
                        (vigil lint --help for options)
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'lint':
      return runLintCommand(rest, process.stdout, process.stderr);
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
