/** Runs previewFabric off the main thread: a 100k-GPU preview takes ~100 ms, which would stall typing. */
import { analyzeDesign } from '../domain/engine/analyzeDesign.ts';
import type { Severity } from '../domain/engine/findings.ts';
import { generateFabric } from '../domain/generator/generateFabric.ts';
import type { FabricParams } from '../domain/generator/params.ts';
import { previewFabric, type PreviewResult } from '../domain/generator/previewFabric.ts';

export interface PreviewRequest {
  /** Identifies the parameters, so the dialog can tell a stale reply from the current one. */
  readonly key: string;
  readonly params: FabricParams;
}

export interface PreviewFinding {
  readonly severity: Severity;
  readonly message: string;
  /** Link groups with this same finding. */
  readonly count: number;
}

export interface PreviewReply {
  readonly key: string;
  readonly result: PreviewResult;
  /** What the errors and warnings say, one entry per distinct message. */
  readonly findings: readonly PreviewFinding[];
}

/**
 * The preview only counts findings; their words need the design itself, so a fabric that has any
 * is generated once more here (off the main thread, only then).
 */
function findingsOf(params: FabricParams): PreviewFinding[] {
  const generated = generateFabric(params);
  if (!generated.ok) return [];
  const byMessage = new Map<string, PreviewFinding>();
  for (const { severity, message } of analyzeDesign(generated.design).findings) {
    const seen = byMessage.get(message);
    byMessage.set(message, { severity, message, count: (seen?.count ?? 0) + 1 });
  }
  return [...byMessage.values()];
}

addEventListener('message', (event: MessageEvent<PreviewRequest>) => {
  const { key, params } = event.data;
  const result = previewFabric(params);
  const findings = result.ok && result.preview.errors + result.preview.warnings > 0 ? findingsOf(params) : [];
  const reply: PreviewReply = { key, result, findings };
  postMessage(reply);
});
