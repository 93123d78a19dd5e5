/**
 * The template drafts use unless given another: every section under its usual heading. Copy it as a start
 * for your own; see `parsePostmortemTemplate` for the syntax.
 */
export const DEFAULT_POSTMORTEM_TEMPLATE = `# {{title}}

> Draft of {{generated-at}} for incident \`{{incident}}\`, built from its recorded timeline. Each statement
> cites the timeline entries (\`te_…\`) and evidence (\`ev_…\`) it rests on. Root-cause statements are
> hypotheses for a human to confirm; action items are proposals.

## Summary

{{section:summary}}

## Impact

{{section:impact}}

## Detection

{{section:detection}}

## Timeline

{{section:timeline}}

## Trigger and root cause (hypotheses to confirm)

{{section:root-cause}}

## Resolution

{{section:resolution}}

## What went well

{{section:went-well}}

## What went badly

{{section:went-badly}}

## Action items

{{section:action-items}}
`;
