/**
 * `npm run bench [-- SECTION...] [-- --quick]`: runs the sections, prints their tables and goals,
 * and writes bench/RESULTS.md (with the command and the date). A run of some sections replaces
 * only their part of RESULTS.md; each part says when, how and on what it was measured.
 *
 * Sections: generator (issue 13), whole-api (issue 14), client (issue 15), end-to-end (full mode
 * only unless named). `--quick`: fewer rounds and runs, a few minutes in all; the default is the
 * full run (longer, steadier figures).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { client } from './client.js';
import { endToEnd } from './end-to-end.js';
import { generator } from './generator.js';
import type { RunMode } from './mode.js';
import { describeMachine, errorMessage, goalLine, num, type Machine, type SectionResult } from './report.js';
import { wholeApi } from './whole-api.js';

const RESULTS = 'bench/RESULTS.md';

interface Section {
  readonly id: string;
  readonly title: string;
  readonly run: (mode: RunMode) => Promise<SectionResult>;
  /** Run without being named only in full mode. */
  readonly fullOnly?: boolean;
}

const SECTIONS: readonly Section[] = [
  { id: 'generator', title: 'The generator (issue 13)', run: generator },
  { id: 'whole-api', title: "Cloudflare's whole API (issue 14)", run: wholeApi },
  { id: 'client', title: 'The client (issue 15)', run: client },
  {
    id: 'end-to-end',
    title: 'End to end: 2,000 items over loopback HTTP (full mode only)',
    run: () => endToEnd(),
    fullOnly: true,
  },
];

const FLAGS = ['--quick'];

function parseArgs(argv: readonly string[]): { sections: Section[]; mode: RunMode } {
  const names = argv.filter((arg) => !arg.startsWith('--'));
  const unknown = [
    ...names.filter((name) => !SECTIONS.some((section) => section.id === name)),
    ...argv.filter((arg) => arg.startsWith('--') && !FLAGS.includes(arg)),
  ];
  if (unknown.length > 0) {
    throw new Error(
      `unknown argument ${unknown.join(', ')}; sections: ${SECTIONS.map((section) => section.id).join(', ')}; flags: ${FLAGS.join(', ')}`,
    );
  }
  const mode: RunMode = { quick: argv.includes('--quick') };
  const sections =
    names.length > 0
      ? SECTIONS.filter((section) => names.includes(section.id))
      : SECTIONS.filter((section) => !(mode.quick && section.fullOnly));
  return { sections, mode };
}

/** A section that throws still gets a block in RESULTS.md, saying so. */
async function runSection(section: Section, mode: RunMode): Promise<{ result: SectionResult; seconds: number }> {
  console.log(`\n=== ${section.title}`);
  const started = performance.now();
  let result: SectionResult;
  try {
    result = await section.run(mode);
  } catch (error) {
    console.error(error);
    result = {
      id: section.id,
      title: section.title,
      body: `**This section failed**: ${errorMessage(error)}`,
      goals: [],
    };
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`\n${result.body}\n\n${result.goals.map(goalLine).join('\n')}`);
  console.log(`=== ${section.title}: ${num(seconds)} s`);
  return { result, seconds };
}

function machineLine(machine: Machine): string {
  return `${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.os}, load average ${machine.load.toFixed(2)} at start`;
}

function commandLine(argv: readonly string[]): string {
  return `\`npm run bench${argv.length === 0 ? '' : ` -- ${argv.join(' ')}`}\``;
}

function block(result: SectionResult, machine: Machine, seconds: number, command: string, mode: RunMode): string {
  const goals = result.goals.length === 0 ? [] : ['Goals:', result.goals.map(goalLine).join('\n')];
  return [
    `<!-- bench:${result.id} -->`,
    `## ${result.title}`,
    `_Measured ${machine.date} by ${command} (${mode.quick ? 'quick' : 'full'} mode) on ${machineLine(machine)}; ` +
      `the section took ${num(seconds)} s._`,
    result.body,
    ...goals,
    `<!-- /bench:${result.id} -->`,
  ].join('\n\n');
}

/** The blocks RESULTS.md already holds, by section id, so a partial run keeps the others. */
async function previousBlocks(): Promise<Map<string, string>> {
  const blocks = new Map<string, string>();
  let text = '';
  try {
    text = await readFile(RESULTS, 'utf8');
  } catch {
    return blocks;
  }
  for (const match of text.matchAll(/<!-- bench:([a-z-]+) -->[\s\S]*?<!-- \/bench:\1 -->/g)) {
    if (match[1] !== undefined) blocks.set(match[1], match[0]);
  }
  return blocks;
}

function document(
  blocks: ReadonlyMap<string, string>,
  machine: Machine,
  totalSeconds: number,
  ran: readonly string[],
  command: string,
): string {
  const ordered = SECTIONS.flatMap((section) => blocks.get(section.id) ?? []);
  const goals = ordered.flatMap((text) =>
    text.split('\n').filter((line) => /^- \*\*(met|NOT MET|NOT MEASURED)\*\*/.test(line)),
  );
  return [
    '# Benchmark results',
    'Written by `npm run bench` (`bench/run.ts`); do not edit by hand. Each section says when and on what it was measured.',
    `Last run: ${machine.date}, ${command}, sections ${ran.join(', ')}, ${num(totalSeconds)} s in all, on ${machineLine(machine)}. ` +
      'A load average well above the core count means other work shared the machine and slowed every figure.',
    '## Goals',
    goals.length === 0 ? 'No goals measured yet.' : goals.join('\n'),
    ...ordered,
  ].join('\n\n');
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const { sections, mode } = parseArgs(argv);
  const command = commandLine(argv);
  const machine = describeMachine();
  console.log(`bench: ${machineLine(machine)}, ${machine.date}`);
  const started = performance.now();
  const blocks = await previousBlocks();
  for (const section of sections) {
    const { result, seconds } = await runSection(section, mode);
    blocks.set(section.id, block(result, describeMachine(), seconds, command, mode));
  }
  const totalSeconds = (performance.now() - started) / 1000;
  await writeFile(
    RESULTS,
    `${document(
      blocks,
      machine,
      totalSeconds,
      sections.map((section) => section.id),
      command,
    )}\n`,
  );
  console.log(`\nbench: ${num(totalSeconds)} s in all; wrote ${RESULTS}`);
}

await main();
