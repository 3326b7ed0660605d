/**
 * Two views on the big screen — the current phase, or the factor board — as an ARIA tab list:
 * Tab reaches the selected tab, arrow keys move between tabs (the WAI-ARIA tabs pattern).
 */
import { useRef, type KeyboardEvent } from 'react';

export interface ProjectorTab<K extends string> {
  key: K;
  label: string;
}

interface ProjectorTabsProps<K extends string> {
  idPrefix: string;
  label: string;
  tabs: ProjectorTab<K>[];
  selected: K;
  onSelect: (key: K) => void;
}

export function ProjectorTabs<K extends string>({
  idPrefix,
  label,
  tabs,
  selected,
  onSelect,
}: ProjectorTabsProps<K>) {
  const refs = useRef(new Map<K, HTMLButtonElement>());
  function onKeyDown(e: KeyboardEvent) {
    const index = tabs.findIndex((tab) => tab.key === selected);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0 || index < 0) return;
    e.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length]!;
    onSelect(next.key);
    refs.current.get(next.key)?.focus();
  }
  return (
    <div role="tablist" aria-label={label} className="projector-tabs" onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.key}
          ref={(el) => {
            if (el) refs.current.set(tab.key, el);
            else refs.current.delete(tab.key);
          }}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${tab.key}`}
          aria-selected={tab.key === selected}
          aria-controls={`${idPrefix}-panel-${tab.key}`}
          tabIndex={tab.key === selected ? 0 : -1}
          className="projector-tab"
          onClick={() => onSelect(tab.key)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
