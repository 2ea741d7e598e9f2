/**
 * `npm run bench [-- SECTION... [--full]]`: runs the sections (all by default), prints their
 * tables, and writes bench/RESULTS.md. A run of some sections replaces only their part of
 * RESULTS.md; each part says when and where it was measured.
 *
 * Sections: client-overhead, end-to-end, validators, generator, size.
 * `--full`: the generator's scale runs are not stopped at the time cap (takes minutes).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { clientOverhead } from './client-overhead.js';
import { endToEnd } from './end-to-end.js';
import { generator } from './generator.js';
import { describeMachine, errorMessage, goalLine, num, type Machine, type SectionResult } from './report.js';
import { size } from './size.js';
import { validators } from './validators.js';

const RESULTS = 'bench/RESULTS.md';

interface Section {
  readonly id: string;
  readonly title: string;
  readonly run: (flags: Flags) => Promise<SectionResult>;
}

interface Flags {
  readonly full: boolean;
}

const SECTIONS: readonly Section[] = [
  { id: 'client-overhead', title: '1. Client overhead per call (network taken out)', run: clientOverhead },
  { id: 'end-to-end', title: '2. End to end: 2,000 items over loopback HTTP', run: endToEnd },
  { id: 'validators', title: '3. Validators against ajv', run: validators },
  { id: 'generator', title: '4. The generator', run: (flags) => generator(flags) },
  { id: 'size', title: '5. Bundle size of an app making both calls', run: size },
];

function parseArgs(argv: readonly string[]): { sections: Section[]; flags: Flags } {
  const names = argv.filter((arg) => !arg.startsWith('--'));
  const unknown = [
    ...names.filter((name) => !SECTIONS.some((section) => section.id === name)),
    ...argv.filter((arg) => arg.startsWith('--') && arg !== '--full'),
  ];
  if (unknown.length > 0) {
    throw new Error(
      `unknown argument ${unknown.join(', ')}; sections: ${SECTIONS.map((section) => section.id).join(', ')}; flag: --full`,
    );
  }
  const sections = names.length === 0 ? [...SECTIONS] : SECTIONS.filter((section) => names.includes(section.id));
  return { sections, flags: { full: argv.includes('--full') } };
}

/** A section that throws still gets a block in RESULTS.md, saying so. */
async function runSection(section: Section, flags: Flags): Promise<{ result: SectionResult; seconds: number }> {
  console.log(`\n=== ${section.title}`);
  const started = performance.now();
  let result: SectionResult;
  try {
    result = await section.run(flags);
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
  console.log(`\n${result.body}\n${result.goals.map(goalLine).join('\n')}`);
  console.log(`=== ${section.title}: ${num(seconds)} s`);
  return { result, seconds };
}

function machineLine(machine: Machine): string {
  return `${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.os}, load average ${machine.load.toFixed(2)} at start`;
}

function block(result: SectionResult, machine: Machine, seconds: number): string {
  const goals = result.goals.length === 0 ? [] : ['Goals:', result.goals.map(goalLine).join('\n')];
  return [
    `<!-- bench:${result.id} -->`,
    `## ${result.title}`,
    `_Measured ${machine.date} on ${machineLine(machine)}; the section took ${num(seconds)} s._`,
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
): string {
  const ordered = SECTIONS.flatMap((section) => blocks.get(section.id) ?? []);
  const goals = ordered.flatMap((text) =>
    text.split('\n').filter((line) => /^- \*\*(met|NOT MET|NOT MEASURED)\*\*/.test(line)),
  );
  return [
    '# Benchmark results',
    'Written by `npm run bench` (`bench/run.ts`); do not edit by hand. Each section says when and on what it was measured.',
    `Last run: ${machine.date}, sections ${ran.join(', ')}, ${num(totalSeconds)} s in all, on ${machineLine(machine)}.`,
    '## Goals',
    goals.length === 0 ? 'No goals measured yet.' : goals.join('\n'),
    ...ordered,
  ].join('\n\n');
}

async function main(): Promise<void> {
  const { sections, flags } = parseArgs(process.argv.slice(2));
  const machine = describeMachine();
  console.log(`bench: ${machineLine(machine)}, ${machine.date}`);
  const started = performance.now();
  const blocks = await previousBlocks();
  for (const section of sections) {
    const { result, seconds } = await runSection(section, flags);
    blocks.set(section.id, block(result, describeMachine(), seconds));
  }
  const totalSeconds = (performance.now() - started) / 1000;
  await writeFile(
    RESULTS,
    `${document(
      blocks,
      machine,
      totalSeconds,
      sections.map((section) => section.id),
    )}\n`,
  );
  console.log(`\nbench: ${num(totalSeconds)} s in all; wrote ${RESULTS}`);
}

await main();
