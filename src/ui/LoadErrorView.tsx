/** Why a design file could not be opened, problem by problem with its JSON path. */
import type { LoadError } from '../store/designStore.ts';

export function LoadErrorView({ error }: { error: LoadError }) {
  return (
    <div role="alert" aria-label="Design could not be opened" className="m-6 max-w-2xl rounded-md border border-red-200 bg-red-50 p-4 text-[13px] text-red-900">
      <p className="font-semibold">Could not open {error.source}.</p>
      <ul className="mt-2 space-y-1">
        {error.problems.map((p, i) => (
          <li key={i}>
            <code className="rounded bg-red-100 px-1 text-xs">{p.path}</code> {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
