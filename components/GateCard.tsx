/**
 * The gate: a card above a gated story that names what applies and offers one deliberate
 * step to read it. Props in, markup out; page text reaches it only as text.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Reason } from '../utils/warnings/decision';
import type { Modifier, Source, UnknownReason } from '../utils/warnings/types';

export interface GateCardProps {
  action: 'warn' | 'hide';
  reasons: Reason[];
  /** One of many on a listing: one line of reasons and the show button only. */
  compact?: boolean;
  onShow: () => void;
  onLeave: () => void;
  onSettings?: () => void;
}

const SOURCE_LABEL: Record<Source, string> = {
  header: "author's header",
  'ao3-warning': 'AO3 archive warning',
  'ao3-tag': 'AO3 tag',
  note: "author's note",
  summary: 'summary',
  'site-warning': "site's warning",
  tag: "author's tag",
};

const MODIFIER_LABEL: Record<Modifier, string> = {
  referenced: 'mentioned or implied',
  past: 'in the past',
  graphic: 'graphic',
  attempted: 'attempted',
};

const UNKNOWN_LABEL: Record<UnknownReason, string> = {
  'chose-not-to-warn': 'the author chose not to warn',
  'hidden-by-site': 'your AO3 preferences hide the warnings',
  pointer: 'the warnings are elsewhere ("see the tags", "see end notes")',
  'not-found': 'Heed could not find the warnings on this page',
};

export function reasonDetail(reason: Reason): string {
  const parts: string[] = [];
  if (reason.unknownReasons.length) parts.push(reason.unknownReasons.map((r) => UNKNOWN_LABEL[r]).join('; '));
  if (reason.modifiers.length) parts.push(reason.modifiers.map((m) => MODIFIER_LABEL[m]).join(', '));
  parts.push(`from ${reason.sources.map((s) => SOURCE_LABEL[s]).join(', ')}`);
  return parts.join(' · ');
}

function ReasonList({ reasons }: { reasons: Reason[] }) {
  const declared = reasons.flatMap((r) => r.declared);
  return (
    <>
      <ul class="reasons">
        {reasons.map((r) => (
          <li key={r.id}>
            <strong>{r.name}</strong> <span class="detail">— {reasonDetail(r)}</span>
          </li>
        ))}
      </ul>
      {declared.length > 0 && (
        <details>
          <summary>What the author wrote for "Other warnings"</summary>
          <ul class="declared">
            {declared.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

export function GateCard({ action, reasons, compact, onShow, onLeave, onSettings }: GateCardProps) {
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const names = reasons.map((r) => r.name).join(', ');
  const hidden = action === 'hide';
  const showButton = (
    <button type="button" class="primary" onClick={hidden ? () => setConfirming(true) : onShow}>
      {hidden ? 'Show anyway' : 'Show story'}
    </button>
  );
  const confirm = (
    <div class="confirm" role="group" aria-label="Confirm">
      <p>Are you sure you want to read it? It is marked with: {names}.</p>
      <div class="actions">
        <button type="button" class="primary" ref={confirmRef} onClick={onShow}>
          Yes, show it
        </button>
        <button type="button" onClick={() => setConfirming(false)}>
          Cancel
        </button>
      </div>
    </div>
  );

  if (compact) {
    return (
      <section class={`card compact ${action}`} aria-label={hidden ? 'Hidden by Heed' : 'Content warning'}>
        <p>
          <span class="mark" aria-hidden="true">
            ◐
          </span>{' '}
          <strong>{hidden ? 'Summary hidden:' : 'Content warning:'}</strong>{' '}
          {reasons.map((r, i) => (
            <span key={r.id}>
              {i > 0 && ', '}
              {r.name} <span class="detail">({reasonDetail(r)})</span>
            </span>
          ))}
        </p>
        {confirming ? confirm : <div class="actions">{showButton}</div>}
      </section>
    );
  }

  return (
    <section class={`card ${action}`} aria-labelledby="heed-title" aria-describedby="heed-lead">
      <h2 id="heed-title">
        <span class="mark" aria-hidden="true">
          ◐
        </span>{' '}
        {hidden ? 'Hidden by Heed' : 'Content warning'}
      </h2>
      <p id="heed-lead">
        {hidden
          ? 'This story is hidden because it is marked with warnings you chose to hide:'
          : 'This story is marked with warnings you asked to see first:'}
      </p>
      <ReasonList reasons={reasons} />
      {confirming ? (
        confirm
      ) : (
        <div class="actions">
          {showButton}
          <button type="button" onClick={onLeave}>
            Go back
          </button>
          {onSettings && (
            <button type="button" class="link" onClick={onSettings}>
              Heed settings
            </button>
          )}
        </div>
      )}
    </section>
  );
}
