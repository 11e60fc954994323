/** Turns a crash while drawing a design into a readable message instead of a blank page. */
import { Component, type ReactNode } from 'react';

interface Props {
  readonly what: string;
  readonly children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="m-6 max-w-xl rounded-md border border-red-200 bg-red-50 p-4 text-[13px] text-red-900">
        <p className="font-semibold">Could not show {this.props.what}.</p>
        <p className="mt-1 font-mono text-xs">{this.state.error.message}</p>
      </div>
    );
  }
}
