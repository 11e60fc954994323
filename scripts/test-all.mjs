// `npm test`: typecheck, lint, unit tests, browser tests, in that order, each streaming its output.
// Keeps going after a failure so every suite reports; the last line is always "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import process from 'node:process';

const REPORTS = 'test-results';
const VITEST_JSON = `${REPORTS}/vitest.json`;
const PLAYWRIGHT_JSON = `${REPORTS}/playwright.json`;

/** Each suite: a command, and how to count its results (exit code in, { passed, failed } out). */
const suites = [
  { name: 'typecheck', args: ['tsc', '-p', 'tsconfig.json', '--noEmit'], count: asOneTest },
  { name: 'lint', args: ['eslint', '.'], count: asOneTest },
  {
    name: 'unit',
    args: ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${VITEST_JSON}`],
    report: VITEST_JSON,
    count: (report) => {
      // a file that fails to load has no tests but must still count as a failure
      const brokenFiles = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
      return { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles };
    },
    failures: (report) =>
      report.testResults.flatMap((f) =>
        f.assertionResults.length === 0 && f.status === 'failed'
          ? [`${f.name}: ${firstLine(f.message)}`]
          : f.assertionResults.filter((a) => a.status === 'failed').map((a) => `${a.fullName}: ${firstLine(a.failureMessages.join(' '))}`),
      ),
  },
  {
    name: 'e2e',
    args: ['playwright', 'test'],
    report: PLAYWRIGHT_JSON,
    count: (report) => ({ passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected }),
    failures: (report) => playwrightFailures(report.suites ?? [], ''),
  },
];

/** The first line of a failure message, so the summary names what failed even when the log is cut. */
function firstLine(message) {
  return String(message ?? '').split('\n').find((l) => l.trim())?.trim().slice(0, 300) ?? '';
}

function playwrightFailures(suites, prefix) {
  return suites.flatMap((suite) => {
    const title = prefix ? `${prefix} › ${suite.title}` : suite.title;
    const own = (suite.specs ?? []).flatMap((spec) =>
      spec.tests
        .filter((t) => t.status === 'unexpected')
        .map((t) => `${title} › ${spec.title}: ${firstLine(t.results.at(-1)?.error?.message)}`),
    );
    return [...own, ...playwrightFailures(suite.suites ?? [], title)];
  });
}

function asOneTest(_report, exitCode) {
  return exitCode === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

function run(suite) {
  if (suite.report) rmSync(suite.report, { force: true });
  process.stdout.write(`\n▶ ${suite.name}: ${suite.args.join(' ')}\n`);
  const { status } = spawnSync('npx', suite.args, { stdio: 'inherit' });
  const exitCode = status ?? 1;
  if (suite.report && !existsSync(suite.report)) {
    process.stdout.write(`✕ ${suite.name} wrote no report to ${suite.report}\n`);
    return { passed: 0, failed: 1 };
  }
  const report = suite.report ? JSON.parse(readFileSync(suite.report, 'utf8')) : null;
  const result = suite.count(report, exitCode);
  result.failures = report && suite.failures ? suite.failures(report) : [];
  // a non-zero exit with no failed test (a crash, a server that never started) is still a failure
  return exitCode !== 0 && result.failed === 0 ? { ...result, failed: 1 } : result;
}

mkdirSync(REPORTS, { recursive: true });
const results = suites.map((suite) => ({ name: suite.name, ...run(suite) }));
process.stdout.write('\n── summary ──\n');
for (const r of results) {
  process.stdout.write(`${r.name.padEnd(10)} ${r.passed} passed, ${r.failed} failed\n`);
  for (const f of r.failures ?? []) process.stdout.write(`  ✕ ${f}\n`);
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exitCode = failed > 0 ? 1 : 0;
