import type { TriageLifecycleListener } from '@triagekit/core';

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Human progress lines on stderr (stdout stays clean for `--json`). */
export function createProgressPrinter(write: (text: string) => void): TriageLifecycleListener {
  return (event) => {
    switch (event.type) {
      case 'run-started':
        write(
          `triagekit: ${event.alert.title}\n  window ${event.window.start.toISOString()} → ${event.window.end.toISOString()}\n`,
        );
        break;
      case 'collector-finished':
        write(
          `  ✓ ${event.collectorId}: ${event.evidenceCount} items in ${seconds(event.durationMs)}${event.warnings.length > 0 ? ` (${event.warnings.length} warning(s))` : ''}\n`,
        );
        break;
      case 'collector-failed':
        write(
          `  ✗ ${event.collectorId}: ${event.status} after ${seconds(event.durationMs)} — ${event.error instanceof Error ? event.error.message : String(event.error)}\n`,
        );
        break;
      case 'stage-finished':
        if (event.stage !== 'collect') write(`  · ${event.stage} done in ${seconds(event.durationMs)}\n`);
        break;
      case 'sink-failed':
        write(`  ✗ sink ${event.sinkId}: ${event.message}\n`);
        break;
      default:
        break;
    }
  };
}
