import type { KeyboardEvent, ReactNode } from 'react';

/**
 * A tab strip in plain buttons with the tab roles (antd's Tabs, with its overflow menu, is most of
 * a phone page's download). Arrow keys move between the tabs.
 */
export function ViewTabs<K extends string>({
  tabs,
  active,
  onChange,
  panelId,
}: {
  tabs: readonly { key: K; label: ReactNode }[];
  active: K;
  onChange: (key: K) => void;
  /** The element the tabs control. */
  panelId: string;
}) {
  const step = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!move) return;
    const at = tabs.findIndex((tab) => tab.key === active);
    const next = tabs[(at + move + tabs.length) % tabs.length]!;
    onChange(next.key);
    event.currentTarget.querySelector<HTMLButtonElement>(`[data-key="${next.key}"]`)?.focus();
  };
  return (
    <div role="tablist" className="lingyan-tabs" onKeyDown={step}>
      {tabs.map((tab) => (
        <button
          key={tab.key}
          type="button"
          role="tab"
          data-key={tab.key}
          aria-selected={tab.key === active}
          aria-controls={panelId}
          tabIndex={tab.key === active ? 0 : -1}
          onClick={() => onChange(tab.key)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
